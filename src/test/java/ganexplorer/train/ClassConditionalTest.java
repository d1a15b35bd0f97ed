package ganexplorer.train;

import static ganexplorer.train.GradientCheckTest.maxAbs;
import static ganexplorer.train.GradientCheckTest.randomMatrix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ganexplorer.data.ImageData;
import ganexplorer.data.ImageSet;
import ganexplorer.model.Activation;
import ganexplorer.model.ClassConditionalCritic;
import ganexplorer.model.ConvNetSpec;
import ganexplorer.model.Dcgan;
import ganexplorer.model.GanArchitecture;
import ganexplorer.model.LayerSpec;
import ganexplorer.model.Network;
import ganexplorer.model.Prior;
import ganexplorer.objective.Objective;
import ganexplorer.objective.OptimizerSpec;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The class-conditional DCGAN: the critic's label-picked output and every gradient through it against finite
 * differences (objectives, the exact penalty, the input gradient), G's one-hot input, and a session on labelled data.
 */
class ClassConditionalTest {
    private static final int BATCH = 4;
    private static final int SIDE = 8;
    private static final int CLASSES = 3;

    /** ConvGradientCheckTest's critic with one output per class. */
    private static ConvNetSpec criticSpec() {
        return new ConvNetSpec(List.of(
                LayerSpec.conv(1, SIDE, 3, false, Activation.LEAKY_RELU),
                LayerSpec.conv(3, SIDE / 2, 4, false, Activation.TANH),
                LayerSpec.dense(4 * 2 * 2, CLASSES, false, Activation.IDENTITY)));
    }

    private static ClassConditionalCritic critic(long seed) {
        ClassConditionalCritic d = new ClassConditionalCritic(criticSpec(), DataType.DOUBLE);
        d.initialize(new SplittableRandom(seed));
        INDArray p = d.parameters();
        SplittableRandom rng = new SplittableRandom(seed + 1);
        for (int k = 0; k < p.length(); k++) {
            p.putScalar(0, k, p.getDouble(0, k) + 0.4 * rng.nextGaussian()); // as ConvGradientCheckTest, for the same reason
        }
        return d;
    }

    private static int[] labels(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            l[i] = rng.nextInt(CLASSES);
        }
        return l;
    }

    /** The labels of a critic step: real then fake (the fakes drawn for the real labels), and the interpolates'. */
    private static void conditionCriticStep(ClassConditionalCritic d, int[] labels) {
        int[] both = new int[2 * labels.length];
        System.arraycopy(labels, 0, both, 0, labels.length);
        System.arraycopy(labels, 0, both, labels.length, labels.length);
        d.condition(both);
        d.condition(labels);
    }

    @Test
    void theOutputShouldBeTheLabelsColumnOfTheUnconditionedNetwork() {
        ClassConditionalCritic d = critic(1);
        Network plain = criticSpec().build(DataType.DOUBLE);
        plain.setParameters(d.parameters().data().asDouble());
        INDArray x = randomMatrix(6, SIDE * SIDE, 2);
        int[] labels = {0, 1, 2, 2, 1, 0};
        d.condition(labels);
        INDArray all = plain.forward(x);
        INDArray picked = d.forward(x);
        assertThat(picked.shape()).containsExactly(6, 1);
        for (int i = 0; i < 6; i++) {
            assertThat(picked.getDouble(i, 0)).isEqualTo(all.getDouble(i, labels[i]));
        }
        assertThat(all.getDouble(0, 0)).as("the classes' outputs differ").isNotEqualTo(all.getDouble(0, 1));
    }

    static List<String> objectives() {
        return Objective.IDS;
    }

    @ParameterizedTest(name = "{0} through the label-picked output")
    @MethodSource("objectives")
    void criticGradientShouldMatchFiniteDifferences(String id) {
        ClassConditionalCritic d = critic(11);
        conditionCriticStep(d, labels(BATCH, 12));
        GradientCheckTest.checkCriticGradient(d, randomMatrix(2 * BATCH, SIDE * SIDE, 13),
                randomMatrix(BATCH, SIDE * SIDE, 14), Objective.of(id, 0.01, 10));
    }

    @Test
    void generatorGradientShouldMatchFiniteDifferencesWithTheLabelInItsInput() {
        Network g = new ConvNetSpec(List.of(
                LayerSpec.dense(3 + CLASSES, 4 * 2 * 2, true, Activation.RELU),
                LayerSpec.convTranspose(4, 2, 3, true, Activation.LEAKY_RELU),
                LayerSpec.convTranspose(3, 4, 1, false, Activation.TANH))).build(DataType.DOUBLE);
        g.initialize(new SplittableRandom(21));
        ClassConditionalCritic d = critic(22);
        int[] labels = labels(BATCH, 23);
        d.condition(labels);
        float[] z = new float[BATCH * 3];
        double[] noise = randomMatrix(BATCH, 3, 24).data().asDouble();
        for (int k = 0; k < z.length; k++) {
            z[k] = (float) noise[k];
        }
        INDArray input = Nd4j.create(ClassCode.append(z, 3, labels, CLASSES), new long[] {BATCH, 3 + CLASSES}, 'c')
                .castTo(DataType.DOUBLE);
        double[] analytic = GradientCheckTest.checkGeneratorGradient(g, d, input, Objective.of("bce", 0.01, 10));
        assertThat(maxAbs(analytic)).isGreaterThan(1e-4);
    }

    @Test
    void penaltyWeightGradientShouldMatchFiniteDifferences() {
        ClassConditionalCritic d = critic(31);
        d.condition(labels(BATCH, 32));
        GradientCheckTest.checkPenaltyGradient(d, randomMatrix(BATCH, SIDE * SIDE, 33));
    }

    /** R1 and R2 through each row's picked output, labelled as a critic step labels them. */
    @Test
    void criticGradientWithR1AndR2ShouldMatchFiniteDifferences() {
        ClassConditionalCritic d = critic(35);
        conditionCriticStep(d, labels(BATCH, 36));
        GradientCheckTest.checkCriticGradient(d, randomMatrix(2 * BATCH, SIDE * SIDE, 37),
                randomMatrix(BATCH, SIDE * SIDE, 38), Objective.of("bce", 0.01, 10), 0.7, 1.3);
    }

    /** lambda * mean((|grad_x D(x, y)| - 1)^2) with the input gradient of each row's own picked output, by differences. */
    @Test
    void penaltyShouldBeThatOfEachRowsLabelledOutput() {
        ClassConditionalCritic d = critic(41);
        int[] labels = {2, 0, 1, 2};
        d.condition(labels);
        INDArray x = randomMatrix(BATCH, SIDE * SIDE, 42);
        double expected = 0;
        for (int row = 0; row < BATCH; row++) {
            double squaredNorm = 0;
            for (int col = 0; col < SIDE * SIDE; col++) {
                double g = GradientCheckTest.inputDerivative(d, x, row, col);
                squaredNorm += g * g;
            }
            expected += 10 * Math.pow(Math.sqrt(squaredNorm) - 1, 2) / BATCH;
        }
        d.zeroGradients();
        assertThat(d.addGradientPenalty(x, 10).penalty()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void passesWithoutLabelsAndLabelsOutsideTheClassesShouldBeRefused() {
        ClassConditionalCritic d = critic(51);
        d.condition(new int[] {0, 1});
        assertThatThrownBy(() -> d.forward(randomMatrix(3, SIDE * SIDE, 52)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no labels for a pass of 3 rows");
        assertThatThrownBy(() -> d.condition(new int[] {0, CLASSES})).hasMessageContaining("label 3 outside 0..2");
        assertThatThrownBy(() -> ClassCode.append(new float[2], 1, new int[] {0, -1}, CLASSES))
                .hasMessageContaining("label -1");
    }

    @Test
    void theGeneratorsInputShouldBeEachLatentRowFollowedByItsOneHotLabel() {
        float[] in = ClassCode.append(new float[] {0.5f, -1f, 2f, 3f}, 2, new int[] {2, 0}, CLASSES);
        assertThat(in).containsExactly(0.5f, -1f, 0, 0, 1, 2f, 3f, 1, 0, 0);
    }

    /** 40 labelled 8 x 8 images, two classes: bright left halves (0) and bright right halves (1). */
    private static ImageData halves(boolean labelled) {
        int n = 40;
        byte[] pixels = new byte[n * SIDE * SIDE];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = labelled ? i % 2 : -1;
            for (int y = 0; y < SIDE; y++) {
                for (int x = 0; x < SIDE; x++) {
                    pixels[i * SIDE * SIDE + y * SIDE + x] = (byte) ((x < SIDE / 2) == (i % 2 == 0) ? 255 : 0);
                }
            }
        }
        return ImageData.of("halves", new ImageSet("halves", n, 1, SIDE, SIDE, pixels, labels));
    }

    /** The session is handed the halves itself; the config's data set name only has to be a valid one. */
    private static TrainingConfig conditionalConfig(String objective) {
        return new TrainingConfig("digits", null, new Dcgan(4, Prior.NORMAL, 4, 2), objective,
                new Hyperparameters(8, new OptimizerSpec.Adam(1e-3, 0.5, 0.999), new OptimizerSpec.Adam(1e-3, 0.5, 0.999),
                        1, 0.01, 10, true), 3, 10, 16, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectives")
    void aConditionalSessionShouldTrainOnLabelledImagesUnderEveryObjective(String objective) {
        GanSession s = new GanSession(conditionalConfig(objective), halves(true));
        assertThat(s.classes()).isEqualTo(2);
        assertThat(s.generatorSpec().inputs()).as("z, then the one-hot label").isEqualTo(4 + 2);
        for (int i = 0; i < 3; i++) {
            assertThat(s.iterate().isFinite()).isTrue();
        }
        EvaluationSample e = s.evaluationSample(16);
        assertThat(e.fakeLabels()).hasSize(16).containsOnly(0, 1);
        assertThat(e.fake()).hasSize(16 * SIDE * SIDE);
    }

    @Test
    void theLabelShouldChangeWhatTheGeneratorDraws() {
        GanSession s = new GanSession(conditionalConfig("bce"), halves(true));
        for (int i = 0; i < 30; i++) {
            s.iterate();
        }
        Network g = s.generatorSpec().build(DataType.FLOAT);
        g.setParameters(s.generatorWeights());
        float[] z = {0.3f, -0.2f, 1f, 0.5f, 0.3f, -0.2f, 1f, 0.5f};
        INDArray in = Nd4j.create(ClassCode.append(z, 4, new int[] {0, 1}, 2), new long[] {2, 6}, 'c');
        INDArray out = g.infer(in);
        assertThat(out.getRow(0).sub(out.getRow(1)).norm2Number().doubleValue())
                .as("one z, two labels: two pictures").isGreaterThan(0.01);
    }

    /** Class 0 of the halves is bright on the left, class 1 on the right: the class grid's rows must say so. */
    @Test
    void theClassGridShouldDrawEachRowsClass() {
        GanSession s = new GanSession(conditionalConfig("bce"), halves(true));
        for (int i = 0; i < 300; i++) {
            s.iterate();
        }
        float[] grid = ClassGrid.draw(s.generatorSpec(), Prior.NORMAL, s.classes(), s.generatorWeights(), 4, 5);
        for (int cell = 0; cell < 16; cell++) {
            double left = 0;
            double right = 0;
            for (int p = 0; p < SIDE * SIDE; p++) {
                double v = grid[cell * SIDE * SIDE + p];
                if (p % SIDE < SIDE / 2) {
                    left += v;
                } else {
                    right += v;
                }
            }
            boolean classZero = (cell / 4) % 2 == 0;
            assertThat(classZero ? left - right : right - left).as("cell %d, class %d", cell, classZero ? 0 : 1)
                    .isGreaterThan(0.5 * SIDE * SIDE / 2);
        }
    }

    @Test
    void checkpointsShouldKeepTheClassesAndReadOlderOnesAsUnconditional() throws Exception {
        GanArchitecture conditional = new Dcgan(100, Prior.NORMAL, 32, 10);
        String json = Checkpoint.JSON.writeValueAsString(conditional);
        assertThat(Checkpoint.JSON.readValue(json, GanArchitecture.class)).isEqualTo(conditional);
        String older = "{\"kind\":\"dcgan\",\"latentSize\":100,\"prior\":\"NORMAL\",\"width\":32}";
        assertThat(Checkpoint.JSON.readValue(older, GanArchitecture.class)).isEqualTo(new Dcgan(100, Prior.NORMAL, 32, 0));
    }

    @Test
    void aConditionalModelOnUnlabelledImagesShouldSayWhatToDo() {
        assertThatThrownBy(() -> new GanSession(conditionalConfig("bce"), halves(false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("halves: a model conditioned on 2 classes needs a label 0..1 for every image")
                .hasMessageContaining("image 0 has none").hasMessageContaining("--classes 0");
    }
}
