package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ganexplorer.model.Activation;
import ganexplorer.model.MlpSpec;
import ganexplorer.objective.OptimizerSpec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The critic-weight histograms and the share at the largest |w|, on hand-made vectors and on a clipped critic. */
class CriticWeightsTest {
    @Test
    void histogramsShouldCountEachLayerOnOneSharedRangeAndTheShareAtMaxShouldCountWithinOnePercent() {
        // layer 1: -0.01, 0.01, 0.0099 (within 1%), 0; layer 2: 0.005, -0.0098 (not within 1%)
        float[] w = {-0.01f, 0.01f, 0.0099f, 0f, 0.005f, -0.0098f};
        CriticWeights c = CriticWeights.of(w, new int[] {4, 2}, 0.01, 4);
        assertThat(c.range()).isCloseTo(0.01, within(1e-9));
        assertThat(c.atMaxShare()).isCloseTo(3.0 / 6, within(1e-12));
        assertThat(c.clip()).isEqualTo(0.01);
        // bins of width 0.005 over [-0.01, 0.01]: [-0.01, -0.005) [-0.005, 0) [0, 0.005) [0.005, 0.01]
        assertThat(c.layers().get(0).counts()).containsExactly(1, 0, 1, 2);
        assertThat(c.layers().get(1).counts()).containsExactly(1, 0, 0, 1);
        assertThat(c.layers().get(0).total() + c.layers().get(1).total()).isEqualTo(w.length);
    }

    @Test
    void sizesThatDoNotAddUpShouldGiveOneHistogramAndAllZeroWeightsNoShare() {
        CriticWeights one = CriticWeights.of(new float[] {1, -2, 3}, new int[] {2, 2}, 0, 5);
        assertThat(one.layers()).hasSize(1);
        assertThat(one.clip()).isNaN();
        assertThat(one.atMaxShare()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(CriticWeights.of(new float[] {0, 0}, new int[] {2}, 0.01, 5).atMaxShare()).isNaN();
        assertThat(CriticWeights.of(new float[0], new int[0], 0.01, 5)).isEqualTo(CriticWeights.NONE);
    }

    @Test
    void anMlpsLayerSizesShouldCoverItsWholeParameterVector() {
        MlpSpec spec = new MlpSpec(2, new int[] {128, 64}, 1, Activation.LEAKY_RELU, Activation.IDENTITY);
        assertThat(spec.layerParameterCounts()).containsExactly(2 * 128 + 128, 128 * 64 + 64, 64 + 1);
        assertThat(Arrays.stream(spec.layerParameterCounts()).asLongStream().sum()).isEqualTo(spec.parameterCount());
    }

    @Test
    void aClippedCriticShouldShowItsClipAsTheRangeAndItsRowsTheShare() {
        Hyperparameters h = new Hyperparameters(64, new OptimizerSpec.RmsProp(5e-5), new OptimizerSpec.RmsProp(5e-5), 5,
                0.01, 10, true);
        TrainingConfig config = new TrainingConfig("ring8", null, GeneratorModeTest.SMALL, "wgan-clip", h, 1, 10, 200,
                null, new GeneratorMode.Trained());
        GanSession s = new GanSession(config);
        for (int i = 0; i < 20; i++) {
            s.iterate(false);
        }
        CriticWeights c = s.criticWeights(21);
        assertThat(c.range()).isCloseTo(0.01, within(1e-8)); // PyTorch's init (up to 1/sqrt(32)) is far outside c
        assertThat(c.clip()).isEqualTo(0.01);
        assertThat(c.layers()).hasSize(3);
        assertThat(c.atMaxShare()).isBetween(0.3, 1.0);
        MetricRow row = new MetricRow(1, 20, "wgan-clip", 0, 0, 0, 0, 0, new ganexplorer.metrics.ToyMetrics(1, 8, 8, 1, 0, 0),
                Double.NaN, Double.NaN, c.atMaxShare());
        assertThat(row.value("weights_at_max")).isEqualTo(c.atMaxShare());
        List<String> header = List.of(row.csvHeader().split(","));
        assertThat(row.toCsv().split(",", -1)[header.indexOf("weights_at_max")]).isEqualTo(Double.toString(c.atMaxShare()));
    }
}
