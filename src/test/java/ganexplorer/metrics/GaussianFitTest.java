package ganexplorer.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ganexplorer.data.AffineGaussian;
import ganexplorer.data.ToyDatasets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** gaussian-affine's moments and the mean_err / cov_rel_err columns that measure a generator against them. */
class GaussianFitTest {
    /** Four points (0, 0), (2, 0), (0, 2), (2, 2): mean (1, 1), sample covariance (n - 1) diag(4/3, 4/3). */
    @Test
    void shouldBeTheHandComputedErrors() {
        float[] points = {0, 0, 2, 0, 0, 2, 2, 2};
        GaussianFit fit = GaussianFit.of(points, new double[] {1, 4}, new double[] {1, 0.5, 1});
        assertThat(fit.meanError()).isCloseTo(3, within(1e-12));
        // cov - target = [[1/3, -1/2], [-1/2, 1/3]]: Frobenius sqrt(2/9 + 1/2) over sqrt(2 + 1/2)
        assertThat(fit.covRelError()).isCloseTo(Math.sqrt(2.0 / 9 + 0.5) / Math.sqrt(2.5), within(1e-12));
    }

    @Test
    void theDataItselfShouldFitItsOwnMomentsWithZ_AAndB() {
        AffineGaussian d = (AffineGaussian) ToyDatasets.byName("gaussian-affine");
        assertThat(d.mean()).containsExactly(1, 2);
        // A = [[1, 2], [-0.1, 0.5]]: A^T A = [[1.01, 1.95], [1.95, 4.25]]
        assertThat(d.covariance()).containsExactly(new double[] {1.01, 1.95, 4.25}, within(1e-12));
        float[] xy = new float[2 * 200_000];
        d.sample(200_000, new SplittableRandom(5), xy);
        GaussianFit fit = GaussianFit.of(xy, d.mean(), d.covariance());
        assertThat(fit.meanError()).isLessThan(0.02);
        assertThat(fit.covRelError()).isLessThan(0.02);
        // a shifted copy is off by the shift, a scaled one by the square of the scale less one
        float[] shifted = xy.clone();
        for (int i = 0; i < shifted.length; i += 2) {
            shifted[i] += 0.5f;
        }
        assertThat(GaussianFit.of(shifted, d.mean(), d.covariance()).meanError()).isCloseTo(0.5, within(0.02));
        float[] scaled = xy.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = (float) (d.mean()[i % 2] + 2 * (xy[i] - d.mean()[i % 2]));
        }
        assertThat(GaussianFit.of(scaled, d.mean(), d.covariance()).covRelError()).isCloseTo(3, within(0.05));
    }

    @Test
    void onlyGaussianAffineShouldHaveTheColumns() {
        float[] real = new float[2 * 50];
        float[] fake = new float[2 * 50];
        AffineGaussian d = AffineGaussian.d2l();
        d.sample(50, new SplittableRandom(1), real);
        d.sample(50, new SplittableRandom(2), fake);
        ToyMetrics m = ToyMetrics.measure(real, fake, d);
        assertThat(m.csvColumns()).endsWith("mean_err", "cov_rel_err").hasSameSizeAs(m.csvValues());
        assertThat(m.csvValues().get(m.csvColumns().indexOf("mean_err"))).isEqualTo(m.gaussian().meanError());
        ToyMetrics ring = ToyMetrics.measure(real, fake, ToyDatasets.byName("ring8"));
        assertThat(ring.csvColumns()).doesNotContain("mean_err", "cov_rel_err").hasSameSizeAs(ring.csvValues());
    }
}
