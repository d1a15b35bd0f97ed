package ganexplorer.train;

import static ganexplorer.train.GradientCheckTest.maxAbs;
import static ganexplorer.train.GradientCheckTest.randomMatrix;
import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.model.Activation;
import ganexplorer.model.ConvNetSpec;
import ganexplorer.model.LayerSpec;
import ganexplorer.model.Network;
import ganexplorer.objective.Objective;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The convolutional networks' gradients against central finite differences in double precision: every objective's
 * critic and generator gradients, the exact gradient penalty through strided convolutions (its input gradient is
 * the transposed convolution with the same kernels), the input gradient, and batch norm in the generator.
 */
class ConvGradientCheckTest {
    private static final int BATCH = 4;
    private static final int SIDE = 8;

    /** 1 x 8 x 8 -> 3 x 4 x 4 (LeakyReLU) -> 4 x 2 x 2 (tanh, so the penalty's curvature terms are exercised) -> 1. */
    static Network critic(long seed) {
        return network(new ConvNetSpec(List.of(
                LayerSpec.conv(1, SIDE, 3, false, Activation.LEAKY_RELU),
                LayerSpec.conv(3, SIDE / 2, 4, false, Activation.TANH),
                LayerSpec.dense(4 * 2 * 2, 1, false, Activation.IDENTITY))), seed);
    }

    /** z 3 -> 4 x 2 x 2 (batch norm, ReLU) -> 3 x 4 x 4 (batch norm, LeakyReLU) -> 1 x 8 x 8 (tanh). */
    static Network generator(long seed) {
        return network(new ConvNetSpec(List.of(
                LayerSpec.dense(3, 4 * 2 * 2, true, Activation.RELU),
                LayerSpec.convTranspose(4, 2, 3, true, Activation.LEAKY_RELU),
                LayerSpec.convTranspose(3, 4, 1, false, Activation.TANH))), seed);
    }

    private static Network network(ConvNetSpec spec, long seed) {
        Network net = spec.build(DataType.DOUBLE);
        net.initialize(new SplittableRandom(seed));
        // DCGAN's N(0, 0.02) makes every signal tiny; larger weights make each term of the gradient matter.
        INDArray p = net.parameters();
        SplittableRandom rng = new SplittableRandom(seed + 1);
        for (int k = 0; k < p.length(); k++) {
            p.putScalar(0, k, p.getDouble(0, k) + 0.4 * rng.nextGaussian());
        }
        return net;
    }

    static List<String> objectives() {
        return Objective.IDS;
    }

    /** The generator's gradient differs between objectives only in dLoss/dD(G(z)), checked above for all six. */
    static List<String> generatorObjectives() {
        return List.of("bce", "least-squares", "wgan-gp");
    }

    @ParameterizedTest(name = "{0} conv critic")
    @MethodSource("objectives")
    void criticGradientShouldMatchFiniteDifferences(String id) {
        Objective objective = Objective.of(id, 0.01, 10);
        GradientCheckTest.checkCriticGradient(critic(11), randomMatrix(2 * BATCH, SIDE * SIDE, 12),
                randomMatrix(BATCH, SIDE * SIDE, 13), objective);
    }

    @ParameterizedTest(name = "{0} deconv generator with batch norm")
    @MethodSource("generatorObjectives")
    void generatorGradientShouldMatchFiniteDifferences(String id) {
        Objective objective = Objective.of(id, 0.01, 10);
        double[] analytic = GradientCheckTest.checkGeneratorGradient(generator(21), critic(22),
                randomMatrix(BATCH, 3, 23), objective);
        assertThat(maxAbs(analytic)).isGreaterThan(1e-4);
    }

    /** R1 and R2 through the transposed convolutions; three objectives, as the loss terms are checked above. */
    @ParameterizedTest(name = "{0} conv critic with R1 and R2")
    @MethodSource("generatorObjectives")
    void criticGradientWithR1AndR2ShouldMatchFiniteDifferences(String id) {
        Objective objective = Objective.of(id, 0.01, 10);
        GradientCheckTest.checkCriticGradient(critic(11), randomMatrix(2 * BATCH, SIDE * SIDE, 12),
                randomMatrix(BATCH, SIDE * SIDE, 13), objective, 0.7, 1.3);
    }

    @org.junit.jupiter.api.Test
    void squaredNormPenaltyWeightGradientShouldMatchFiniteDifferences() {
        GradientCheckTest.checkPenaltyGradient(critic(31), randomMatrix(BATCH, SIDE * SIDE, 32),
                ganexplorer.model.GradientPenalty.squaredNorm(3));
    }

    @org.junit.jupiter.api.Test
    void penaltyWeightGradientShouldMatchFiniteDifferences() {
        Network d = critic(31);
        GradientCheckTest.checkPenaltyGradient(d, randomMatrix(BATCH, SIDE * SIDE, 32));
    }

    @org.junit.jupiter.api.Test
    void inputGradientShouldBeTheTransposedConvolution() {
        Network d = critic(41);
        INDArray x = randomMatrix(2, SIDE * SIDE, 42);
        d.forward(x);
        double[] analytic = d.backward(Nd4j.ones(DataType.DOUBLE, 2, 1), false, true).data().asDouble();
        for (int k = 0; k < analytic.length; k++) {
            double numeric = GradientCheckTest.inputDerivative(d, x, k / (SIDE * SIDE), k % (SIDE * SIDE));
            assertThat(Math.abs(analytic[k] - numeric)).as("pixel %d", k).isLessThan(1e-6);
        }
    }
}
