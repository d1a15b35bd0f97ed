package ganexplorer.metrics.image;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Sliced Wasserstein-1 distance (Rabin et al. 2011; Deshpande et al. 2018 train GANs with it): the mean, over a fixed
 * set of random unit directions u, of the exact 1-D W1 between the projections u.x of the two sets. In 1-D, W1 is the
 * area between the quantile functions, so it needs only sorting; a fixed seed makes the directions, and so the number,
 * reproducible from run to run. Works on any rows: FeatureNet features or raw pixels of shapes it does not accept.
 */
public final class SlicedWasserstein {
    public static final int DEFAULT_DIRECTIONS = 128;
    public static final long DEFAULT_SEED = 20_180_326L;

    private SlicedWasserstein() {
    }

    /** Between flat rows of width dim (sizes may differ), over the default directions. */
    public static double distance(float[] a, float[] b, int dim) {
        return between(FeatureRows.of(a, dim), FeatureRows.of(b, dim), DEFAULT_DIRECTIONS, DEFAULT_SEED);
    }

    public static double between(FeatureRows a, FeatureRows b) {
        return between(a, b, DEFAULT_DIRECTIONS, DEFAULT_SEED);
    }

    public static double between(FeatureRows a, FeatureRows b, int directions, long seed) {
        if (a.dim() != b.dim()) {
            throw new IllegalArgumentException("row widths differ: " + a.dim() + " and " + b.dim());
        }
        float[] u = directions(a.dim(), directions, seed);
        double sum = 0;
        for (int k = 0; k < directions; k++) {
            double[] pa = project(a, u, k);
            double[] pb = project(b, u, k);
            Arrays.sort(pa);
            Arrays.sort(pb);
            sum += w1Sorted(pa, pb);
        }
        return sum / directions;
    }

    /** count unit vectors of dimension dim as rows: normalised Gaussians, so uniform on the sphere. */
    public static float[] directions(int dim, int count, long seed) {
        if (dim < 1 || count < 1) {
            throw new IllegalArgumentException("need at least one direction of dimension >= 1, got " + count + " x " + dim);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        float[] u = new float[count * dim];
        double[] g = new double[dim];
        for (int k = 0; k < count; k++) {
            double norm;
            do {
                norm = 0;
                for (int c = 0; c < dim; c++) {
                    g[c] = gaussian(rng);
                    norm += g[c] * g[c];
                }
            } while (norm < 1e-12);
            norm = Math.sqrt(norm);
            for (int c = 0; c < dim; c++) {
                u[k * dim + c] = (float) (g[c] / norm);
            }
        }
        return u;
    }

    /** Box-Muller, so the directions do not depend on a JDK's nextGaussian implementation. */
    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private static double[] project(FeatureRows x, float[] u, int direction) {
        int d = x.dim();
        float[] v = x.values();
        double[] p = new double[x.n()];
        for (int i = 0; i < x.n(); i++) {
            double dot = 0;
            for (int c = 0; c < d; c++) {
                dot += v[i * d + c] * (double) u[direction * d + c];
            }
            p[i] = dot;
        }
        return p;
    }

    /**
     * Exact W1 of two sorted 1-D samples: the integral over t in (0, 1) of |F_a^-1(t) - F_b^-1(t)|. The quantile
     * functions are steps at i/n and j/m; positions are counted in units of 1/(n m) so the breakpoints compare exactly.
     * For n = m this is the mean of |a_i - b_i|.
     */
    static double w1Sorted(double[] a, double[] b) {
        long n = a.length;
        long m = b.length;
        int i = 0;
        int j = 0;
        long t = 0;
        double area = 0;
        while (i < n && j < m) {
            long nextA = (i + 1) * m;
            long nextB = (j + 1) * n;
            long next = Math.min(nextA, nextB);
            area += (next - t) * Math.abs(a[i] - b[j]);
            t = next;
            if (nextA == next) {
                i++;
            }
            if (nextB == next) {
                j++;
            }
        }
        return area / ((double) n * m);
    }
}
