package ganexplorer.train;

/** The input of a class-conditional generator: each latent row followed by the one-hot code of its label. */
public final class ClassCode {
    private ClassCode() {
    }

    /** rows = labels.length latent rows of latentSize values, each with classes more values: 1 at its label, else 0. */
    public static float[] append(float[] latent, int latentSize, int[] labels, int classes) {
        int n = labels.length;
        if (latent.length != n * latentSize) {
            throw new IllegalArgumentException(latent.length + " latent values for " + n + " rows of " + latentSize);
        }
        int width = latentSize + classes;
        float[] out = new float[n * width];
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label " + labels[i] + " outside 0.." + (classes - 1));
            }
            System.arraycopy(latent, i * latentSize, out, i * width, latentSize);
            out[i * width + latentSize + labels[i]] = 1;
        }
        return out;
    }
}
