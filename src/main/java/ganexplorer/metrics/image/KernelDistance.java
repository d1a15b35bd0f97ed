package ganexplorer.metrics.image;

/**
 * KID: the unbiased estimate of the squared maximum mean discrepancy with the cubic polynomial kernel
 * k(x, y) = (x.y / d + 1)^3 (Bińkowski et al. 2018, "Demystifying MMD GANs"). Unlike FD it has an unbiased
 * estimator, so it is about 0 (and may be slightly negative) for two samples of one distribution at any sample size.
 * We take one estimate over all pairs rather than the paper's mean over random subsets.
 */
public final class KernelDistance {
    private KernelDistance() {
    }

    public static double unbiasedMmd2(FeatureRows x, FeatureRows y) {
        if (x.dim() != y.dim()) {
            throw new IllegalArgumentException("feature sizes differ: " + x.dim() + " and " + y.dim());
        }
        if (x.n() < 2 || y.n() < 2) {
            throw new IllegalArgumentException("the unbiased MMD needs at least 2 samples per set, got " + x.n() + " and " + y.n());
        }
        // Within-set sums leave out i == j: including k(x_i, x_i) is what biases the plain estimate upwards.
        double xx = withinSum(x) / ((double) x.n() * (x.n() - 1));
        double yy = withinSum(y) / ((double) y.n() * (y.n() - 1));
        double xy = 0;
        for (int i = 0; i < x.n(); i++) {
            for (int j = 0; j < y.n(); j++) {
                xy += kernel(x.values(), i * x.dim(), y.values(), j * y.dim(), x.dim());
            }
        }
        xy /= (double) x.n() * y.n();
        return xx + yy - 2 * xy;
    }

    /** Sum of k over ordered pairs i != j (twice the sum over i < j). */
    private static double withinSum(FeatureRows x) {
        double sum = 0;
        for (int i = 0; i < x.n(); i++) {
            for (int j = i + 1; j < x.n(); j++) {
                sum += kernel(x.values(), i * x.dim(), x.values(), j * x.dim(), x.dim());
            }
        }
        return 2 * sum;
    }

    static double kernel(float[] a, int offsetA, float[] b, int offsetB, int d) {
        double dot = 0;
        for (int c = 0; c < d; c++) {
            dot += a[offsetA + c] * (double) b[offsetB + c];
        }
        double base = dot / d + 1;
        return base * base * base;
    }
}
