package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ganexplorer.metrics.ToyMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** d_real and d_fake: a BCE critic's mean sigmoid on the evaluation's real and generated points. */
class CriticProbabilityTest {
    /** The Dirac GAN at theta = psi = 1 and data 0: D(0) = 0 and D(theta) = 1, so sigma gives 0.5 and 0.7311. */
    @Test
    void theyShouldBeTheMeanSigmoidOfTheCriticsOutputs() {
        EvaluationSample e = DiracGanTest.session("bce", 1, 1, 10, 0, UpdateScheme.ALTERNATING).evaluationSample(4);
        assertThat(e.criticSigmoidReal()).isCloseTo(0.5, within(1e-12));
        assertThat(e.criticSigmoidFake()).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-7));
    }

    /** A network critic: each sigmoid lies in (0, 1), and a BCE-trained critic rates real points above fakes. */
    @Test
    void aTrainedBceCriticShouldRateRealAboveFake() {
        Hyperparameters h = Hyperparameters.defaultsFor(ganexplorer.objective.Objective.of("bce", 0.01, 10), 64)
                .withLearningRates(1e-3, 1e-3);
        GanSession s = new GanSession(new TrainingConfig("ring8", null, GeneratorModeTest.SMALL, "bce", h, 1, 10, 500,
                null, new GeneratorMode.Frozen()));
        for (int i = 0; i < 50; i++) {
            s.iterate(false);
        }
        EvaluationSample e = s.evaluationSample(500);
        assertThat(e.criticSigmoidReal()).isBetween(0.0, 1.0).isGreaterThan(e.criticSigmoidFake() + 0.1);
    }

    @Test
    void rowsShouldWriteThemLastAndOlderRowsShouldReadThemAsMissing() throws Exception {
        MetricRow row = new MetricRow(1, 10, "bce", 1, 1, 0.1, 1, 1, new ToyMetrics(1, 8, 8, 0.5, 0.1, 0.1), 0.75, 0.25);
        assertThat(row.csvHeader()).endsWith(",d_real,d_fake,weights_at_max,grad_depth_slope");
        assertThat(row.toCsv()).endsWith(",0.75,0.25,,");
        assertThat(row.value("d_fake")).isEqualTo(0.25);
        String json = Checkpoint.JSON.writeValueAsString(List.of(row));
        assertThat(Checkpoint.JSON.readValue(json, MetricRow[].class)[0].dReal()).isEqualTo(0.75);
        String older = json.replaceAll(",\\s*\"dReal\" : [0-9.]+", "").replaceAll(",\\s*\"dFake\" : [0-9.]+", "");
        assertThat(older).doesNotContain("dReal");
        MetricRow read = Checkpoint.JSON.readValue(older, MetricRow[].class)[0];
        assertThat(read.dReal()).isNaN();
        assertThat(read.toCsv()).endsWith(",,,,");
    }
}
