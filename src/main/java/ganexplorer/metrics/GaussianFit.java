package ganexplorer.metrics;

/**
 * How far the generated points' first two moments are from a target Gaussian's: |mean - mu|_2 and
 * |cov - Sigma|_F / |Sigma|_F, the sample covariance taken with n - 1. For data that is one Gaussian (gaussian-affine),
 * where a linear generator can match both exactly.
 */
public record GaussianFit(double meanError, double covRelError) {

    /**
     * @param fake   interleaved x, y
     * @param mean   the target's mean (2 values)
     * @param cov    the target's covariance as {c11, c12, c22}
     */
    public static GaussianFit of(float[] fake, double[] mean, double[] cov) {
        int n = fake.length / 2;
        if (n < 2) {
            return new GaussianFit(Double.NaN, Double.NaN);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += fake[2 * i];
            my += fake[2 * i + 1];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = fake[2 * i] - mx;
            double dy = fake[2 * i + 1] - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        double[] estimated = {sxx / (n - 1), sxy / (n - 1), syy / (n - 1)};
        double[] difference = {estimated[0] - cov[0], estimated[1] - cov[1], estimated[2] - cov[2]};
        return new GaussianFit(Math.hypot(mx - mean[0], my - mean[1]), frobenius(difference) / frobenius(cov));
    }

    /** The Frobenius norm of the symmetric 2 x 2 matrix {m11, m12, m22}: the off-diagonal entry counts twice. */
    private static double frobenius(double[] m) {
        return Math.sqrt(m[0] * m[0] + 2 * m[1] * m[1] + m[2] * m[2]);
    }
}
