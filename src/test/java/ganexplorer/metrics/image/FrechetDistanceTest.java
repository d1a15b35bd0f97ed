package ganexplorer.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FrechetDistanceTest {
    @Test
    void shouldMatchTheDiagonalClosedFormOnHandMadeSets() {
        // A: mean (0, 0), unbiased variances 2/3 and 8/3; B: mean (2, 0), variances 2/3 and 2/3, no covariance.
        FeatureRows a = FeatureRows.of(new float[]{1, 0, -1, 0, 0, 2, 0, -2}, 2);
        FeatureRows b = FeatureRows.of(new float[]{3, 0, 1, 0, 2, 1, 2, -1}, 2);
        // Diagonal covariances commute: FD = |mu_a - mu_b|^2 + sum_k (sigma_a,k - sigma_b,k)^2
        //   = 4 + (sqrt(8/3) - sqrt(2/3))^2 = 4 + (sqrt(2/3))^2 = 4 + 2/3.
        assertThat(FrechetDistance.between(a, b)).isCloseTo(4 + 2.0 / 3, within(1e-6));
    }

    @Test
    void shouldMatchTheTwoByTwoClosedFormWhenCovariancesDoNotCommute() {
        SplittableRandom rng = new SplittableRandom(3);
        FeatureRows a = correlatedGaussian(rng, 400, 1.0, 0.8, 0.0, 0.0);
        FeatureRows b = correlatedGaussian(rng, 300, 2.0, -0.5, 1.0, -0.5);
        double[][] sa = covariance2(a);
        double[][] sb = covariance2(b);
        double[] ma = FrechetDistance.mean(a);
        double[] mb = FrechetDistance.mean(b);
        // For 2 x 2 M = Sa Sb with eigenvalues l1, l2 >= 0: Tr sqrt(M) = sqrt(l1) + sqrt(l2) = sqrt(Tr M + 2 sqrt(det M)).
        double trM = sa[0][0] * sb[0][0] + sa[0][1] * sb[1][0] + sa[1][0] * sb[0][1] + sa[1][1] * sb[1][1];
        double detM = det(sa) * det(sb);
        double expected = sq(ma[0] - mb[0]) + sq(ma[1] - mb[1]) + sa[0][0] + sa[1][1] + sb[0][0] + sb[1][1]
                - 2 * Math.sqrt(trM + 2 * Math.sqrt(detM));
        assertThat(expected).isGreaterThan(1); // a case far from 0, so a wrong square root would show
        assertThat(FrechetDistance.between(a, b)).isCloseTo(expected, within(1e-6 * expected));
    }

    @Test
    void shouldBeZeroForASetAgainstItselfAndTheSquaredShiftForATranslatedCopy() {
        SplittableRandom rng = new SplittableRandom(8);
        int n = 200;
        int d = 64;
        float[] x = new float[n * d];
        float[] shifted = new float[n * d];
        double shiftSquared = 0;
        for (int c = 0; c < d; c++) {
            shiftSquared += sq(0.1 * c / d);
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                x[i * d + c] = (float) (rng.nextGaussian() * (1 + c % 5) + (c % 3 == 0 ? x[i * d] : 0));
                shifted[i * d + c] = (float) (x[i * d + c] + 0.1 * c / d);
            }
        }
        FeatureRows a = new FeatureRows(n, d, x);
        assertThat(FrechetDistance.between(a, a)).isCloseTo(0, within(1e-6));
        // Covariances equal, so only the mean term is left.
        assertThat(FrechetDistance.between(a, new FeatureRows(n, d, shifted))).isCloseTo(shiftSquared, within(1e-4));
    }

    private static FeatureRows correlatedGaussian(SplittableRandom rng, int n, double sx, double rho, double mx, double my) {
        float[] v = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double g1 = rng.nextGaussian();
            double g2 = rng.nextGaussian();
            v[2 * i] = (float) (mx + sx * g1);
            v[2 * i + 1] = (float) (my + rho * g1 + Math.sqrt(1 - rho * rho) * g2);
        }
        return new FeatureRows(n, 2, v);
    }

    /** Unbiased 2 x 2 covariance, computed independently of FrechetDistance.covariance. */
    private static double[][] covariance2(FeatureRows x) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.n(); i++) {
            mx += x.get(i, 0);
            my += x.get(i, 1);
        }
        mx /= x.n();
        my /= x.n();
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < x.n(); i++) {
            double dx = x.get(i, 0) - mx;
            double dy = x.get(i, 1) - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        int m = x.n() - 1;
        return new double[][]{{sxx / m, sxy / m}, {sxy / m, syy / m}};
    }

    private static double det(double[][] s) {
        return s[0][0] * s[1][1] - s[0][1] * s[1][0];
    }

    private static double sq(double v) {
        return v * v;
    }
}
