package ganexplorer.model;

/**
 * Paths between latent points for latent walks. Linear interpolation cuts through the low-density middle of a
 * Gaussian prior (the norm of the midpoint of two random normal vectors shrinks by about 1/sqrt 2); spherical
 * interpolation keeps to the shell where the prior's mass lies.
 */
public enum LatentInterpolation {
    LINEAR, SPHERICAL;

    /** The point at t in [0, 1] between a and b. */
    public float[] at(float[] a, float[] b, double t) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("latent points differ in size: " + a.length + " and " + b.length);
        }
        float[] out = new float[a.length];
        if (this == SPHERICAL) {
            double na = norm(a);
            double nb = norm(b);
            if (na > 1e-12 && nb > 1e-12) {
                double cos = 0;
                for (int i = 0; i < a.length; i++) {
                    cos += a[i] * (double) b[i];
                }
                cos = Math.max(-1, Math.min(1, cos / (na * nb)));
                double omega = Math.acos(cos);
                double so = Math.sin(omega);
                if (so > 1e-6) {
                    double wa = Math.sin((1 - t) * omega) / so;
                    double wb = Math.sin(t * omega) / so;
                    for (int i = 0; i < a.length; i++) {
                        out[i] = (float) (wa * a[i] + wb * b[i]);
                    }
                    return out;
                }
            }
        }
        for (int i = 0; i < a.length; i++) { // linear, and spherical's limit for (anti)parallel or zero points
            out[i] = (float) ((1 - t) * a[i] + t * b[i]);
        }
        return out;
    }

    /**
     * A walk through anchors: {@code framesPerLeg} points per leg, the last anchor included at the end.
     */
    public float[][] walk(java.util.List<float[]> anchors, int framesPerLeg) {
        if (anchors.size() < 2) {
            throw new IllegalArgumentException("a walk needs at least two anchor points; save the slider point twice or more");
        }
        if (framesPerLeg < 1) {
            throw new IllegalArgumentException("frames per leg must be at least 1, got " + framesPerLeg);
        }
        int legs = anchors.size() - 1;
        float[][] frames = new float[legs * framesPerLeg + 1][];
        for (int leg = 0; leg < legs; leg++) {
            for (int k = 0; k < framesPerLeg; k++) {
                frames[leg * framesPerLeg + k] = at(anchors.get(leg), anchors.get(leg + 1), (double) k / framesPerLeg);
            }
        }
        frames[frames.length - 1] = anchors.get(legs).clone();
        return frames;
    }

    @Override
    public String toString() {
        return name().toLowerCase();
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * (double) x;
        }
        return Math.sqrt(s);
    }
}
