package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ganexplorer.data.Point;
import ganexplorer.model.Activation;
import ganexplorer.model.Dcgan;
import ganexplorer.model.DiracGan;
import ganexplorer.model.MlpGan;
import ganexplorer.model.Prior;
import ganexplorer.objective.Objective;
import ganexplorer.objective.OptimizerSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A frozen generator (its weights never change, only the critic trains) and a fixed one (real data plus Gaussian
 * noise instead of G), in sessions, in experiment files and checkpoints, and where they are refused.
 */
class GeneratorModeTest {
    static final MlpGan SMALL = new MlpGan(2, Prior.NORMAL, List.of(32, 32), List.of(32, 32), Activation.RELU,
            Activation.LEAKY_RELU);

    private static TrainingConfig config(String dataset, List<Point> points, String objective, GeneratorMode mode) {
        Hyperparameters h = new Hyperparameters(64, new OptimizerSpec.Adam(1e-3, 0.5, 0.999),
                new OptimizerSpec.Adam(1e-3, 0.5, 0.999), 1, 0.01, 10, true);
        return new TrainingConfig(dataset, points, SMALL, objective, h, 1, 10, 1000, null, mode);
    }

    @Test
    void aFrozenGeneratorsWeightsShouldStayBitForBitWhileTheCriticLearns() {
        GanSession s = new GanSession(config("ring8", null, "bce", new GeneratorMode.Frozen()));
        float[] g0 = s.generatorWeights();
        float[] d0 = s.critic().parametersCopy();
        IterationStats first = s.iterate(true);
        IterationStats last = first;
        for (int i = 1; i < 100; i++) {
            last = s.iterate(true);
        }
        assertThat(s.generatorWeights()).as("G after 100 iterations").containsExactly(g0);
        assertThat(s.critic().parametersCopy()).isNotEqualTo(d0);
        assertThat(s.step()).isEqualTo(100);
        assertThat(last.generatorGradNorm()).as("G's gradient is still measured").isGreaterThan(0);
        // the critic separates ring8 from the untrained G's blob: BCE's loss leaves 2 ln 2
        System.out.printf("frozen G, bce d_loss: %.4f at step 1, %.4f at step 100%n", first.criticLoss(), last.criticLoss());
        assertThat(first.criticLoss()).isCloseTo(2 * Math.log(2), within(0.1));
        assertThat(last.criticLoss()).isLessThan(0.5 * first.criticLoss());
    }

    @Test
    void aTrainedGeneratorShouldMoveUnderTheSameSetup() {
        GanSession s = new GanSession(config("ring8", null, "bce", GeneratorMode.TRAINED));
        float[] g0 = s.generatorWeights();
        s.iterate(false);
        assertThat(s.generatorWeights()).isNotEqualTo(g0);
    }

    /** One data point at (1, -2) with jitter 0.02, sigma 0.5: fakes have its mean and std sqrt(0.02^2 + 0.5^2). */
    @Test
    void aFixedGeneratorsFakesShouldBeRealDataPlusNoiseOfItsSigma() {
        GanSession s = new GanSession(config("points", List.of(new Point(1, -2)), "bce", new GeneratorMode.FixedNoise(0.5)));
        int n = 20_000;
        EvaluationSample e = s.evaluationSample(n);
        double expected = Math.sqrt(0.02 * 0.02 + 0.25);
        for (int axis = 0; axis < 2; axis++) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double v = e.fake()[2 * i + axis];
                sum += v;
                squares += v * v;
            }
            double mean = sum / n;
            double std = Math.sqrt(squares / n - mean * mean);
            assertThat(mean).as("mean, axis %d", axis).isCloseTo(axis == 0 ? 1 : -2, within(0.02));
            assertThat(std).as("std, axis %d", axis).isCloseTo(expected, within(0.02 * expected));
        }
        assertThat(s.generatorCopy()).as("no network to walk").isNull();
    }

    /**
     * The data set gaussian, N(0, 0.5^2 I), against itself plus N(0, 1): two centred isotropic Gaussians of std 0.5 and
     * sqrt(1.25), whose W1 is (sqrt(1.25) - 0.5) sqrt(pi / 2) = 0.775. The WGAN-GP critic's estimate grows from about
     * 0 towards it (0.59 after 120 iterations of 5 critic steps, seed 1).
     */
    @Test
    void theCriticShouldLearnAgainstAFixedGenerator() {
        TrainingConfig c = config("gaussian", null, "wgan-gp", new GeneratorMode.FixedNoise(1));
        GanSession s = new GanSession(c.withHyperparameters(c.hyperparameters().withCriticSteps(5)));
        float[] g0 = s.generatorWeights();
        EvaluationSample before = s.evaluationSample(2000);
        IterationStats last = null;
        for (int i = 0; i < 120; i++) {
            last = s.iterate(true);
        }
        EvaluationSample after = s.evaluationSample(2000);
        double start = before.criticMeanReal() - before.criticMeanFake();
        double end = after.criticMeanReal() - after.criticMeanFake();
        double w1 = (Math.sqrt(1.25) - 0.5) * Math.sqrt(Math.PI / 2);
        System.out.printf("fixed G noise:1, wgan-gp critic estimate %.4f at step 0, %.4f at step 120 (W1 %.4f)%n", start,
                end, w1);
        assertThat(Math.abs(start)).isLessThan(0.1);
        assertThat(end).isBetween(0.5 * w1, 1.5 * w1);
        assertThat(last.generatorGradNorm()).as("there is no G to differentiate").isNaN();
        assertThat(Double.isFinite(last.generatorLoss())).isTrue();
        assertThat(s.generatorWeights()).containsExactly(g0);
    }

    /** The push arrows say where the fakes move: only a generator that trains gets them; the heat map stays. */
    @Test
    void onlyAGeneratorThatMovesShouldGetPushArrows() {
        for (GeneratorMode mode : List.of(GeneratorMode.TRAINED, new GeneratorMode.Frozen(),
                new GeneratorMode.FixedNoise(1))) {
            GanSession s = new GanSession(config("ring8", null, "bce", mode));
            PlanePictures p = (PlanePictures) s.pictures(s.evaluationSample(200), 16, true);
            assertThat(p.push() != null).as("push arrows, G %s", mode.describe()).isEqualTo(mode.trains());
            assertThat(p.heatmap()).as("heat map, G %s", mode.describe()).hasSize(16 * 16);
            assertThat(p.manifold() != null).as("manifold, G %s", mode.describe())
                    .isEqualTo(!(mode instanceof GeneratorMode.FixedNoise));
        }
    }

    @Test
    void aFrozenDiracGeneratorShouldKeepTheta() {
        DiracSession s = DiracGanTest.session("bce-minimax", 1, 1, 10, 0, UpdateScheme.ALTERNATING);
        TrainingConfig frozen = s.config().withGenerator(new GeneratorMode.Frozen());
        DiracSession f = new DiracSession(frozen);
        for (int i = 0; i < 50; i++) {
            f.iterate(false);
        }
        assertThat(f.theta()).isEqualTo(1.0);
        assertThat(f.psi()).isNotEqualTo(1.0);
    }

    @Test
    void filesShouldKeepTheModeAndOlderOnesShouldReadAsTrained() throws Exception {
        for (GeneratorMode mode : List.of(GeneratorMode.TRAINED, new GeneratorMode.Frozen(), new GeneratorMode.FixedNoise(1))) {
            TrainingConfig c = config("ring8", null, "bce", mode);
            String json = Checkpoint.JSON.writeValueAsString(c);
            assertThat(Checkpoint.JSON.readValue(json, TrainingConfig.class).generator()).isEqualTo(mode);
        }
        String noise = Checkpoint.JSON.writeValueAsString(new GeneratorMode.FixedNoise(0.5));
        assertThat(noise).contains("\"mode\" : \"noise\"").contains("\"sigma\" : 0.5");
        String older = Checkpoint.JSON.writeValueAsString(config("ring8", null, "bce", GeneratorMode.TRAINED))
                .replaceAll(",\\s*\"generator\" : \\{[^}]*}", "");
        assertThat(older).doesNotContain("\"generator\" :");
        assertThat(Checkpoint.JSON.readValue(older, TrainingConfig.class).generator()).isEqualTo(GeneratorMode.TRAINED);
    }

    @Test
    void nonsenseShouldBeRefusedSayingWhatToDo() {
        assertThatThrownBy(() -> GeneratorMode.parse("noise")).hasMessageContaining("noise:SIGMA");
        assertThatThrownBy(() -> GeneratorMode.parse("noise:-1")).hasMessageContaining("not negative");
        assertThat(GeneratorMode.parse(" Noise:2 ")).isEqualTo(new GeneratorMode.FixedNoise(2));
        TrainingConfig dirac = DiracGanTest.session("bce", 1, 1, 10, 0, UpdateScheme.ALTERNATING).config();
        assertThatThrownBy(() -> dirac.withGenerator(new GeneratorMode.FixedNoise(1)))
                .hasMessageContaining("--freeze-generator");
        Hyperparameters h = Hyperparameters.defaultsFor(Objective.of("bce", 0.01, 10), 8);
        assertThatThrownBy(() -> new TrainingConfig("digits", null, new Dcgan(4, Prior.NORMAL, 4, 10), "bce", h, 1, 10, 16,
                null, new GeneratorMode.FixedNoise(1))).hasMessageContaining("--classes 0");
    }
}
