package ganexplorer.data;

import java.util.random.RandomGenerator;

/**
 * One Gaussian in the plane given as an affine map of a standard normal: z ~ N(0, I_2), x = z A + b (z a row), so
 * its mean is b and its covariance A^T A. A linear generator can learn it exactly, which makes it d2l's "hello GAN":
 * {@code gaussian-affine} is A = [[1, 2], [-0.1, 0.5]], b = (1, 2).
 */
public record AffineGaussian(String name, double a11, double a12, double a21, double a22, double b1, double b2)
        implements ToyDistribution {
    public static final String NAME = "gaussian-affine";

    /** d2l's data (Dive into Deep Learning, "Generative Adversarial Networks"). */
    public static AffineGaussian d2l() {
        return new AffineGaussian(NAME, 1, 2, -0.1, 0.5, 1, 2);
    }

    @Override
    public void sample(int n, RandomGenerator rng, float[] out) {
        for (int i = 0; i < n; i++) {
            double z1 = rng.nextGaussian();
            double z2 = rng.nextGaussian();
            out[2 * i] = (float) (z1 * a11 + z2 * a21 + b1);
            out[2 * i + 1] = (float) (z1 * a12 + z2 * a22 + b2);
        }
    }

    public double[] mean() {
        return new double[] {b1, b2};
    }

    /** A^T A as {c11, c12, c22}. */
    public double[] covariance() {
        return new double[] {a11 * a11 + a21 * a21, a11 * a12 + a21 * a22, a12 * a12 + a22 * a22};
    }

    /** Four standard deviations either side of the mean on each axis. */
    @Override
    public Bounds bounds() {
        double[] c = covariance();
        double sx = 4 * Math.sqrt(c[0]);
        double sy = 4 * Math.sqrt(c[2]);
        return new Bounds(b1 - sx, b1 + sx, b2 - sy, b2 + sy);
    }
}
