package ganexplorer.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KernelDistanceTest {
    @Test
    void shouldMatchAHandComputedCase() {
        // d = 1, k(a, b) = (ab + 1)^3. X = {0, 1}, Y = {1, 2}:
        // within X: k(0,1) = 1; within Y: k(1,2) = 27; across: (k(0,1) + k(0,2) + k(1,1) + k(1,2)) / 4 = (1+1+8+27)/4.
        FeatureRows x = FeatureRows.of(new float[]{0, 1}, 1);
        FeatureRows y = FeatureRows.of(new float[]{1, 2}, 1);
        assertThat(KernelDistance.unbiasedMmd2(x, y)).isCloseTo(1 + 27 - 2 * 37 / 4.0, within(1e-12));
    }

    @Test
    void shouldBeAboutZeroForTwoSamplesOfOneDistributionAndPositiveWhenOneIsShifted() {
        SplittableRandom rng = new SplittableRandom(11);
        int d = 16;
        FeatureRows a = gaussian(rng, 600, d, 0);
        FeatureRows b = gaussian(rng, 500, d, 0);
        FeatureRows shifted = gaussian(rng, 500, d, 0.5);
        double same = KernelDistance.unbiasedMmd2(a, b);
        double apart = KernelDistance.unbiasedMmd2(a, shifted);
        // Population MMD^2 is 0 for the same law; a mean shift of 0.5 per axis moves the kernel mean embedding clearly.
        assertThat(Math.abs(same)).isLessThan(0.02);
        assertThat(apart).isGreaterThan(0.2).isGreaterThan(20 * Math.abs(same));
    }

    @Test
    void shouldBeUnbiasedOnAverageOverRepeatedSmallSamples() {
        // At n = 10 the plain (V-statistic) estimate, which keeps the i == j terms, averages far above 0; the unbiased
        // one averages to 0 (its spread is ~0.7 per estimate here, so 4000 repeats give a standard error of ~0.011).
        SplittableRandom rng = new SplittableRandom(2);
        double unbiased = 0;
        double plain = 0;
        int repeats = 4000;
        for (int r = 0; r < repeats; r++) {
            FeatureRows x = gaussian(rng, 10, 4, 0);
            FeatureRows y = gaussian(rng, 10, 4, 0);
            unbiased += KernelDistance.unbiasedMmd2(x, y) / repeats;
            plain += vStatistic(x, y) / repeats;
        }
        assertThat(unbiased).isCloseTo(0, within(0.05));
        assertThat(plain).isGreaterThan(1);
    }

    private static double vStatistic(FeatureRows x, FeatureRows y) {
        return meanKernel(x, x) + meanKernel(y, y) - 2 * meanKernel(x, y);
    }

    private static double meanKernel(FeatureRows a, FeatureRows b) {
        double s = 0;
        for (int i = 0; i < a.n(); i++) {
            for (int j = 0; j < b.n(); j++) {
                s += KernelDistance.kernel(a.values(), i * a.dim(), b.values(), j * b.dim(), a.dim());
            }
        }
        return s / (a.n() * (double) b.n());
    }

    private static FeatureRows gaussian(SplittableRandom rng, int n, int d, double mean) {
        float[] v = new float[n * d];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (mean + rng.nextGaussian());
        }
        return new FeatureRows(n, d, v);
    }
}
