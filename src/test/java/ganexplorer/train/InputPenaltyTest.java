package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ganexplorer.data.TrainingData;
import ganexplorer.model.Activation;
import ganexplorer.model.Dcgan;
import ganexplorer.model.GradientPenalty;
import ganexplorer.model.Mlp;
import ganexplorer.model.MlpGan;
import ganexplorer.model.MlpSpec;
import ganexplorer.model.Network;
import ganexplorer.model.PenaltyValue;
import ganexplorer.model.Prior;
import ganexplorer.objective.Objective;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * R1 and R2 (Mescheder et al. 2018: (gamma/2) mean |grad_x D|^2 on real and on generated samples) on the network
 * critics: against PyTorch autograd (src/test/resources/ganexplorer/train/input_penalty_reference.py), against values
 * computed by hand on one- and two-layer critics, and in a training session (finite differences: GradientCheckTest,
 * ConvGradientCheckTest, ClassConditionalTest).
 */
class InputPenaltyTest {
    private static final int[] SIZES = {2, 4, 3, 1};
    private static final int N = 5;

    static Stream<Arguments> references() {
        return Stream.of(
                Arguments.of("bce", Activation.LEAKY_RELU, 0.0, 0.7, 1.3, 1.5946940960370712,
                        new double[] {0.12970665655388985, 0.09740359855309753, -0.05830962873346071, -0.11464172449814475, 0.08457120292494368, 0.031008493910505502, -0.05275722632179705, -0.14243877087628676, 0.11613645394293574, 0.04691572481327571, -0.008809964841564308, -0.01307572030026817, 0.10964416199090019, -0.03224525647379652, -0.11023802147962558, 0.12040153623959082, -0.024427142215775233, -0.06799983886036201, -0.054359038448765135, 0.029991434058013515, 0.12375701454473872, -0.05558036990114877, 0.020190330559426834, 0.0832188726555144, 0.05494554687110707, -0.018043118894379317, -0.06928685311900856, 0.3104778153420086, -0.05743235470084868, -0.370467283862707, 0.2146430222631877}),
                Arguments.of("least-squares", Activation.TANH, 0.0, 2.0, 0.0, 0.6831398032385001,
                        new double[] {0.2468780518368984, 0.07023086395187947, -0.167624291806017, -0.2174060457950606, 0.08549585488967394, 0.009183359422606775, -0.06589236713530403, -0.05751137118264048, 0.0365925782430289, 0.05346867061482406, -0.005445410007743179, -0.15158069392296974, 0.11624964128412438, -0.17358078922318454, -0.12784348659676037, 0.15173554446340148, -0.22944589038572594, -0.13579272103032425, -0.1408373838429709, 0.22174727505612368, 0.14901184510256893, -0.11614316317042121, 0.19401098275497886, 0.09764021676652729, 0.10226674453079232, -0.0035740499977627155, -0.14238141617277406, 0.9360091545256914, -0.3463241718601443, -0.8624543464645644, 0.3064332296012359}),
                Arguments.of("wgan-gp", Activation.TANH, 10.0, 0.5, 0.25, 3.0097812220830815,
                        new double[] {0.35998050361406647, 0.39833728849724453, -0.33868876589390595, -0.3363370010965056, -2.1220880780908478, -1.0065185979437499, 1.3930570871739103, 2.197835739382458, 1.3931558335621317, 0.8338142848055505, -0.889096224100079, -1.2672435545800516, -0.1049578438675736, 0.8216127256487401, 0.2977518115868423, -0.4498295842641608, 1.0767498064365157, 0.543853520287449, 0.10759052364507232, -1.0214719757153423, -0.33878301158434293, 0.4412639814840648, -0.957062444472637, -0.48240675430430696, 1.0661244973801658, -0.4168297295707437, -0.5613899201524089, -4.176687976837482, 0.8572068999570914, 4.4692580863766596, 0.0}));
    }

    @ParameterizedTest(name = "{0}, {1}, lambda {2}, R1 {3}, R2 {4}")
    @MethodSource("references")
    void thePenalisedCriticLossAndItsGradientShouldBeAutograds(String objective, Activation activation, double lambda,
                                                              double r1, double r2, double value, double[] gradient) {
        Mlp d = new Mlp(new MlpSpec(SIZES[0], new int[] {SIZES[1], SIZES[2]}, SIZES[3], activation, Activation.IDENTITY),
                DataType.DOUBLE);
        double[] p = new double[(int) d.spec().parameterCount()];
        for (int k = 0; k < p.length; k++) {
            p[k] = 0.6 * Math.sin(1.7 * k + 0.3);
        }
        d.setParameters(p);
        INDArray both = Nd4j.vstack(points(N, 0), points(N, 7));
        AdversarialLosses losses = new AdversarialLosses(DataType.DOUBLE);
        d.zeroGradients();
        AdversarialLosses.CriticResult result = losses.criticGradients(d, both, points(N, 13),
                Objective.of(objective, 0.01, lambda), r1, r2);
        assertThat(result.loss()).isCloseTo(value, within(1e-12));
        double[] analytic = d.gradients().data().asDouble();
        assertThat(analytic).hasSameSizeAs(gradient);
        for (int k = 0; k < analytic.length; k++) {
            assertThat(analytic[k]).as("parameter %d", k).isCloseTo(gradient[k], within(1e-12));
        }
    }

    /** The script's points: row i at offset o is (cos(0.9 (i + o)) (1 + 0.3 i), sin(1.3 (i + o)) - 0.2 i). */
    private static INDArray points(int rows, int offset) {
        double[] v = new double[2 * rows];
        for (int i = 0; i < rows; i++) {
            v[2 * i] = Math.cos(0.9 * (i + offset)) * (1 + 0.3 * i);
            v[2 * i + 1] = Math.sin(1.3 * (i + offset)) - 0.2 * i;
        }
        return Nd4j.create(v, new long[] {rows, 2}, DataType.DOUBLE);
    }

    /** D(x) = x . w + b has grad_x D = w everywhere: R1 = (gamma/2)|w|^2, its gradient gamma w, none for b. */
    @Test
    void r1OfALinearCriticShouldBeHalfGammaTimesItsSquaredWeights() {
        Mlp d = new Mlp(new MlpSpec(2, new int[0], 1, Activation.TANH, Activation.IDENTITY), DataType.DOUBLE);
        d.setParameters(new double[] {0.5, -2, 0.7});
        d.zeroGradients();
        PenaltyValue pv = d.addGradientPenalty(GradientCheckTest.randomMatrix(3, 2, 1), GradientPenalty.squaredNorm(0.4));
        assertThat(pv.penalty()).isCloseTo(0.2 * (0.25 + 4), within(1e-15));
        assertThat(pv.meanGradientNorm()).isCloseTo(Math.sqrt(4.25), within(1e-15));
        assertThat(d.gradients().data().asDouble()).containsExactly(new double[] {0.4 * 0.5, 0.4 * -2, 0}, within(1e-15));
    }

    /**
     * D(x) = v tanh(x . w + c) + b: grad_x D = v (1 - t^2) w with t = tanh(x . w + c), so per point
     * |grad|^2 = v^2 (1 - t^2)^2 |w|^2, and the critic step's loss adds (gamma/2) of its mean over each half.
     */
    @Test
    void r1AndR2OfOneTanhUnitShouldBeTheHandComputedValues() {
        Mlp d = new Mlp(new MlpSpec(2, new int[] {1}, 1, Activation.TANH, Activation.IDENTITY), DataType.DOUBLE);
        double w1 = 0.5, w2 = -1, c = 0.2, v = 1.5, b = 0.3;
        d.setParameters(new double[] {w1, w2, c, v, b});
        double[][] x = {{1, 2}, {-0.5, 0.3}, {0.1, -1}, {2, 0}}; // two real rows, then two fake rows
        double[] squared = new double[4];
        double[] out = new double[4];
        for (int i = 0; i < 4; i++) {
            double t = Math.tanh(x[i][0] * w1 + x[i][1] * w2 + c);
            squared[i] = v * v * Math.pow(1 - t * t, 2) * (w1 * w1 + w2 * w2);
            out[i] = v * t + b;
        }
        double r1 = 0.6, r2 = 2;
        double penalty = r1 / 2 * (squared[0] + squared[1]) / 2 + r2 / 2 * (squared[2] + squared[3]) / 2;
        // least squares: 1/2 mean((r - 1)^2) + 1/2 mean(f^2)
        double loss = 0.25 * (Math.pow(out[0] - 1, 2) + Math.pow(out[1] - 1, 2)) + 0.25 * (out[2] * out[2] + out[3] * out[3]);
        INDArray both = Nd4j.create(new double[] {1, 2, -0.5, 0.3, 0.1, -1, 2, 0}, new long[] {4, 2}, DataType.DOUBLE);
        d.zeroGradients();
        AdversarialLosses.CriticResult result = new AdversarialLosses(DataType.DOUBLE)
                .criticGradients(d, both, null, Objective.of("least-squares", 0.01, 10), r1, r2);
        assertThat(result.penalty()).isCloseTo(penalty, within(1e-14));
        assertThat(result.loss()).isCloseTo(loss + penalty, within(1e-14));
        assertThat(result.gradientNorm()).as("no gradient penalty, so no interpolates' norm").isNaN();
    }

    @Test
    void everyNetworkModelShouldTakeR1AndR2() {
        Hyperparameters h = Hyperparameters.defaultsFor(Objective.of("bce", 0.01, 10), 8).withInputPenalties(1, 0.5);
        TrainingConfig mlp = new TrainingConfig("ring8", null, ganexplorer.model.GanArchitecture.TOY_DEFAULT, "bce", h, 1,
                10, 16, null);
        TrainingConfig dcgan = new TrainingConfig("digits", null, new Dcgan(4, Prior.NORMAL, 4, 10), "bce", h, 1, 10, 16,
                null);
        assertThat(mlp.hyperparameters().r1()).isEqualTo(1);
        assertThat(dcgan.hyperparameters().r2()).isEqualTo(0.5);
    }

    /** Same seed, same first batch and weights: R1 changes the first critic step's loss by exactly its penalty. */
    @Test
    void aSessionsCriticStepShouldAddR1AndR2ToTheLoss() {
        AdversarialLosses.CriticResult plain = new GanSession(ring8(0, 0)).criticUpdate();
        AdversarialLosses.CriticResult penalised = new GanSession(ring8(5, 3)).criticUpdate();
        assertThat(plain.penalty()).isZero();
        assertThat(penalised.penalty()).isGreaterThan(1e-4);
        assertThat(penalised.loss() - plain.loss()).isCloseTo(penalised.penalty(), within(1e-5));
        assertThat(penalised.meanReal()).isEqualTo(plain.meanReal());
    }

    /**
     * What R1 is for: it keeps the critic flat on the data. After 100 iterations of non-saturating BCE on ring8 (a
     * small MLP GAN, 32-32) the critic's mean squared input gradient at real points, without and with R1 (gamma 10).
     */
    @Test
    void r1ShouldFlattenTheCriticOnTheRealData() {
        double plain = meanSquaredInputGradient(trained(ring8(0, 0)));
        double penalised = meanSquaredInputGradient(trained(ring8(10, 0)));
        System.out.printf("E|grad_x D(real)|^2 after 100 iterations: %.4g without R1, %.4g with R1 gamma 10%n", plain,
                penalised);
        assertThat(penalised).isLessThan(0.25 * plain);
    }

    private static GanSession trained(TrainingConfig config) {
        GanSession s = new GanSession(config);
        for (int i = 0; i < 100; i++) {
            assertThat(s.iterate(false).isFinite()).isTrue();
        }
        return s;
    }

    private static TrainingConfig ring8(double r1, double r2) {
        Hyperparameters h = Hyperparameters.defaultsFor(Objective.of("bce", 0.01, 10), 64)
                .withLearningRates(1e-3, 1e-3).withInputPenalties(r1, r2);
        MlpGan small = new MlpGan(2, Prior.NORMAL, List.of(32, 32), List.of(32, 32), Activation.RELU, Activation.LEAKY_RELU);
        return new TrainingConfig("ring8", null, small, "bce", h, 1, 100, 16, null);
    }

    private static double meanSquaredInputGradient(GanSession s) {
        int n = 512;
        TrainingData data = s.data();
        float[] real = new float[2 * n];
        data.sample(n, new SplittableRandom(99), real);
        Network d = s.critic();
        d.forward(Nd4j.create(real, new long[] {n, 2}, 'c'));
        double[] g = d.backward(Nd4j.ones(DataType.FLOAT, n, 1), false, true).data().asDouble();
        double sum = 0;
        for (double x : g) {
            sum += x * x;
        }
        return sum / n;
    }
}
