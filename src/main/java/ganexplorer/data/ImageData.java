package ganexplorer.data;

import java.util.random.RandomGenerator;

/**
 * An image set as training data: samples are whole images drawn with replacement, scaled once to [-1, 1] (the range
 * of a tanh generator) so a batch is a plain copy of rows.
 */
public record ImageData(String name, ImageSet images, float[] scaled) implements TrainingData {

    public ImageData {
        if (scaled.length != images.pixels().length) {
            throw new IllegalArgumentException("scaled pixels do not match the image set " + images.name());
        }
    }

    public static ImageData of(String name, ImageSet images) {
        return new ImageData(name, images, images.scaledRows(0, images.count()));
    }

    @Override
    public int dimension() {
        return images.imageSize();
    }

    public ImageShape shape() {
        return new ImageShape(images.channels(), images.height(), images.width());
    }

    @Override
    public void sample(int n, RandomGenerator rng, float[] out) {
        sample(n, rng, out, null);
    }

    /** The same draws as {@link #sample(int, RandomGenerator, float[])}, with each image's label into {@code labels}. */
    public void sample(int n, RandomGenerator rng, float[] out, int[] labels) {
        int d = dimension();
        for (int i = 0; i < n; i++) {
            int k = rng.nextInt(images.count());
            System.arraycopy(scaled, k * d, out, i * d, d);
            if (labels != null) {
                labels[i] = images.labels()[k];
            }
        }
    }

    /** n labels drawn as often as the images carry them (for a conditional generator's samples). */
    public void sampleLabels(int n, RandomGenerator rng, int[] labels) {
        for (int i = 0; i < n; i++) {
            labels[i] = images.labels()[rng.nextInt(images.count())];
        }
    }

    /** How many classes the labels name (the largest label + 1) when every image has one, else 0. */
    public int labelClasses() {
        int max = -1;
        for (int label : images.labels()) {
            if (label < 0) {
                return 0;
            }
            max = Math.max(max, label);
        }
        return max + 1;
    }

    /**
     * Checks that every image has a label in 0 .. classes - 1, as a conditional model needs.
     *
     * @throws IllegalArgumentException naming the data set and the first image that does not
     */
    public void requireLabels(int classes) {
        int[] labels = images.labels();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException(name + ": a model conditioned on " + classes + " classes needs a label "
                        + "0.." + (classes - 1) + " for every image, but image " + i + (labels[i] < 0 ? " has none"
                        : " has label " + labels[i]) + "; give a labelled set (IDX with its labels file, CIFAR, or a "
                        + "folder with one subfolder per class) or train the unconditional DCGAN (--classes 0)");
            }
        }
    }

    /** Image i as a row of scaled pixels (a copy). */
    public float[] image(int i) {
        float[] row = new float[dimension()];
        System.arraycopy(scaled, i * dimension(), row, 0, row.length);
        return row;
    }
}
