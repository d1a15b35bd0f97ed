package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.model.Activation;
import ganexplorer.model.GradientPenalty;
import ganexplorer.model.Mlp;
import ganexplorer.model.MlpSpec;
import ganexplorer.objective.Objective;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every objective's critic and generator gradients (the exact gradient penalty included, and R1/R2 on any objective)
 * against central finite differences in double precision, for piecewise-linear and curved activations.
 */
class GradientCheckTest {
    private static final int BATCH = 6;
    private static final double H = 1e-6;

    static Stream<Arguments> cases() {
        return Objective.IDS.stream().flatMap(id -> Stream.of(Activation.LEAKY_RELU, Activation.TANH)
                .map(a -> Arguments.of(id, a)));
    }

    /** Each objective's critic loss alone and with R1 (gamma 0.7) and R2 (gamma 1.3), which must change it. */
    @ParameterizedTest(name = "{0} critic, {1}, without and with R1 and R2")
    @MethodSource("cases")
    void criticGradientShouldMatchFiniteDifferencesForEveryObjective(String id, Activation activation) {
        Objective objective = Objective.of(id, 0.01, 10);
        Mlp d = network(new MlpSpec(2, new int[] {7, 5}, 1, activation, Activation.IDENTITY), 11);
        INDArray both = randomMatrix(2 * BATCH, 2, 12);
        INDArray interpolates = randomMatrix(BATCH, 2, 13);
        double[] plain = checkCriticGradient(d, both, interpolates, objective, 0, 0);
        double[] penalised = checkCriticGradient(d, both, interpolates, objective, 0.7, 1.3);
        double[] difference = new double[plain.length];
        for (int k = 0; k < plain.length; k++) {
            difference[k] = penalised[k] - plain[k];
        }
        assertThat(maxAbs(difference)).as("R1 and R2 change the critic's gradient").isGreaterThan(1e-2);
    }

    /** The critic's loss gradient (penalty included, on {@code interpolates}) against central differences. */
    static void checkCriticGradient(ganexplorer.model.Network d, INDArray both, INDArray interpolates, Objective objective) {
        checkCriticGradient(d, both, interpolates, objective, 0, 0);
    }

    /** As above, with R1 (gamma r1, on the real half) and R2 (gamma r2, on the fake half); returns the gradient. */
    static double[] checkCriticGradient(ganexplorer.model.Network d, INDArray both, INDArray interpolates,
                                        Objective objective, double r1, double r2) {
        AdversarialLosses losses = new AdversarialLosses(DataType.DOUBLE);
        d.zeroGradients();
        losses.criticGradients(d, both, interpolates, objective, r1, r2);
        double[] analytic = d.gradients().data().asDouble();
        assertClose(analytic, finiteDifferences(d, () -> losses.criticLossValue(d, both, interpolates, objective, r1, r2)));
        return analytic;
    }


    @ParameterizedTest(name = "R1 alone, {0}")
    @MethodSource("activations")
    void squaredNormPenaltyWeightGradientShouldMatchFiniteDifferences(Activation activation) {
        Mlp d = network(new MlpSpec(2, new int[] {8, 6, 4}, 1, activation, Activation.IDENTITY), 31);
        checkPenaltyGradient(d, randomMatrix(BATCH, 2, 32), GradientPenalty.squaredNorm(3));
    }

    @ParameterizedTest(name = "{0} generator, {1}")
    @MethodSource("cases")
    void generatorGradientShouldMatchFiniteDifferencesForEveryObjective(String id, Activation activation) {
        Objective objective = Objective.of(id, 0.01, 10);
        Mlp g = network(new MlpSpec(3, new int[] {6, 5}, 2, activation, Activation.IDENTITY), 21);
        Mlp d = network(new MlpSpec(2, new int[] {7, 5}, 1, activation, Activation.IDENTITY), 22);
        checkGeneratorGradient(g, d, randomMatrix(BATCH, 3, 23), objective);
    }

    /**
     * The generator's loss gradient against central differences; the critic's gradients must stay untouched.
     * Returns the analytic gradient.
     */
    static double[] checkGeneratorGradient(ganexplorer.model.Network g, ganexplorer.model.Network d, INDArray latent,
                                           Objective objective) {
        AdversarialLosses losses = new AdversarialLosses(DataType.DOUBLE);
        g.zeroGradients();
        d.zeroGradients();
        losses.generatorGradients(g, d, latent, objective);
        double[] analytic = g.gradients().data().asDouble();
        assertThat(d.gradients().data().asDouble()).as("the generator step leaves the critic's gradients alone")
                .containsOnly(0.0);
        assertClose(analytic, finiteDifferences(g, () -> losses.generatorLossValue(g, d, latent, objective)));
        return analytic;
    }

    @ParameterizedTest(name = "penalty alone, {0}")
    @MethodSource("activations")
    void penaltyWeightGradientShouldMatchFiniteDifferences(Activation activation) {
        Mlp d = network(new MlpSpec(2, new int[] {8, 6, 4}, 1, activation, Activation.IDENTITY), 31);
        INDArray x = randomMatrix(BATCH, 2, 32);
        checkPenaltyGradient(d, x);
    }

    /** The exact penalty's weight gradient (lambda 10) against central differences of the penalty's value. */
    static void checkPenaltyGradient(ganexplorer.model.Network d, INDArray x) {
        checkPenaltyGradient(d, x, GradientPenalty.wganGp(10));
    }

    static void checkPenaltyGradient(ganexplorer.model.Network d, INDArray x, GradientPenalty penalty) {
        d.zeroGradients();
        d.addGradientPenalty(x, penalty);
        double[] analytic = d.gradients().data().asDouble();
        double[] numeric = finiteDifferences(d, () -> {
            INDArray saved = d.gradients().dup();
            double p = d.addGradientPenalty(x, penalty).penalty();
            d.gradients().assign(saved);
            return p;
        });
        assertThat(maxAbs(analytic)).as("the penalty has a non-trivial gradient").isGreaterThan(1e-3);
        assertClose(analytic, numeric);
    }

    @ParameterizedTest(name = "input gradient, {0}")
    @MethodSource("activations")
    void inputGradientShouldMatchFiniteDifferencesInTheInput(Activation activation) {
        Mlp d = network(new MlpSpec(2, new int[] {8, 6}, 1, activation, Activation.IDENTITY), 41);
        INDArray x = randomMatrix(BATCH, 2, 42);
        d.forward(x);
        double[] analytic = d.backward(Nd4j.ones(DataType.DOUBLE, BATCH, 1), false, true).data().asDouble();
        double[] numeric = new double[analytic.length];
        for (int k = 0; k < numeric.length; k++) {
            numeric[k] = inputDerivative(d, x, k / 2, k % 2);
        }
        assertClose(analytic, numeric);
    }

    /** dD(x)[row] / dx[row, col] by central differences (the critic's output for that row, its one input). */
    static double inputDerivative(ganexplorer.model.Network d, INDArray x, int row, int col) {
        double old = x.getDouble(row, col);
        x.putScalar(row, col, old + H);
        double plus = d.forward(x).getDouble(row, 0);
        x.putScalar(row, col, old - H);
        double minus = d.forward(x).getDouble(row, 0);
        x.putScalar(row, col, old);
        return (plus - minus) / (2 * H);
    }

    static Stream<Activation> activations() {
        return Stream.of(Activation.LEAKY_RELU, Activation.RELU, Activation.TANH);
    }

    private static Mlp network(MlpSpec spec, long seed) {
        Mlp net = new Mlp(spec, DataType.DOUBLE);
        net.initialize(new SplittableRandom(seed));
        // Larger weights than the default init make curvature terms matter.
        net.parameters().muli(1.5);
        return net;
    }

    static INDArray randomMatrix(int rows, int cols, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian();
        }
        return Nd4j.create(v, new long[] {rows, cols}, DataType.DOUBLE);
    }

    static double[] finiteDifferences(ganexplorer.model.Network net, DoubleSupplier loss) {
        INDArray p = net.parameters();
        double[] numeric = new double[(int) p.length()];
        for (int k = 0; k < numeric.length; k++) {
            double old = p.getDouble(0, k);
            p.putScalar(0, k, old + H);
            double plus = loss.getAsDouble();
            p.putScalar(0, k, old - H);
            double minus = loss.getAsDouble();
            p.putScalar(0, k, old);
            numeric[k] = (plus - minus) / (2 * H);
        }
        return numeric;
    }

    static void assertClose(double[] analytic, double[] numeric) {
        assertThat(analytic).hasSameSizeAs(numeric);
        double scale = Math.max(1e-3, maxAbs(numeric));
        for (int k = 0; k < analytic.length; k++) {
            assertThat(Math.abs(analytic[k] - numeric[k]))
                    .as("parameter %d: analytic %s vs numeric %s", k, analytic[k], numeric[k])
                    .isLessThan(1e-5 * scale + 1e-7);
        }
    }

    static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
