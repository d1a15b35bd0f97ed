package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.data.AffineGaussian;
import ganexplorer.model.MlpSpec;
import org.junit.jupiter.api.Test;

/**
 * The hello-gaussian preset's linear generator, read from its own weights rather than from samples: G(z) = z W + c
 * with z ~ N(0, I) has mean c and covariance W^T W exactly, to compare with gaussian-affine's b and A^T A. One seed
 * (PresetQualityTest checks the preset's promise, measured on samples, on seeds 1-3).
 */
class HelloGaussianTest {
    @Test
    void theTrainedAffineGeneratorShouldBeTheDatasAffineMap() {
        Preset p = Presets.byName("hello-gaussian");
        GanSession s = new GanSession(p.config().withSeed(1));
        assertThat(((MlpSpec) s.generatorSpec()).layerCount()).as("no hidden layer").isEqualTo(1);
        long start = System.nanoTime();
        for (long i = 0; i < p.steps(); i++) {
            s.iterate(false);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        float[] w = s.generatorWeights(); // W row-major (2 inputs x 2 outputs), then c
        assertThat(w).hasSize(6);
        double[] cov = {w[0] * w[0] + w[2] * w[2], w[0] * w[1] + w[2] * w[3], w[1] * w[1] + w[3] * w[3]};
        AffineGaussian d = AffineGaussian.d2l();
        double[] target = d.covariance();
        double meanError = Math.hypot(w[4] - d.b1(), w[5] - d.b2());
        double covError = Math.sqrt(sq(cov[0] - target[0]) + 2 * sq(cov[1] - target[1]) + sq(cov[2] - target[2]))
                / Math.sqrt(sq(target[0]) + 2 * sq(target[1]) + sq(target[2]));
        System.out.printf("hello-gaussian seed 1, %d steps in %.1f s: c = (%.3f, %.3f), |c - b| %.3f, cov rel err %.3f%n",
                p.steps(), seconds, w[4], w[5], meanError, covError);
        assertThat(meanError).isLessThan(0.2);
        assertThat(covError).isLessThan(0.2);
    }

    private static double sq(double x) {
        return x * x;
    }
}
