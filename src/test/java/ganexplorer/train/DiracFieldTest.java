package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ganexplorer.model.DiracGan;
import ganexplorer.objective.Objective;
import ganexplorer.objective.OptimizerSpec;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vector-field view's data: its arrows are where an update really moves the players, they agree with the
 * closed-form gradients, and the square they cover is fixed per experiment and holds its first steps.
 */
class DiracFieldTest {
    private static final double LR = 0.2;

    private static Hyperparameters sgd(UpdateScheme updates, double lambda, double r1) {
        return new Hyperparameters(1, new OptimizerSpec.PlainSgd(LR), new OptimizerSpec.PlainSgd(LR), 1, 0.01, lambda,
                true, updates, r1, 0);
    }

    private static TrainingConfig config(String objective, double theta0, double psi0, Hyperparameters h) {
        return new TrainingConfig("dirac", null, new DiracGan(theta0, psi0), objective, h, 1, 1, 2, null);
    }

    private static VectorFieldPictures pictures(DiracSession s) {
        return (VectorFieldPictures) s.pictures(s.evaluationSample(2), 0, true);
    }

    /** The grid point nearest (theta, psi) of a picture's field, as (delta theta, delta psi) and the point. */
    private static double[] arrowAt(VectorFieldPictures p, int col, int row) {
        int i = 2 * (row * p.fieldSide() + col);
        double e = p.extent();
        return new double[] {p.field()[i], p.field()[i + 1], -e + 2 * e * col / (p.fieldSide() - 1),
            -e + 2 * e * row / (p.fieldSide() - 1)};
    }

    static Stream<Arguments> schemesAndObjectives() {
        return Stream.of(UpdateScheme.values()).flatMap(u -> Stream.of("bce-minimax", "bce", "wgan-gp", "least-squares",
                "hinge").map(o -> Arguments.of(o, u)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("schemesAndObjectives")
    void anArrowShouldBeTheMoveAnIterationMakesFromItsPoint(String objective, UpdateScheme updates) {
        Hyperparameters h = sgd(updates, 0.2, 0.1);
        VectorFieldPictures field = pictures((DiracSession) Session.open(config(objective, 1, 1, h)));
        for (int[] cell : new int[][] {{3, 12}, {14, 2}, {10, 10}, {1, 6}}) {
            double[] a = arrowAt(field, cell[0], cell[1]);
            // a session that starts at the arrow's point and takes one iteration: the arrow is its move
            DiracSession from = (DiracSession) Session.open(config(objective, a[2], a[3], h));
            from.iterate(true);
            assertThat(from.theta() - a[2]).as("theta move at (%s, %s)", a[2], a[3]).isCloseTo(a[0], within(1e-5));
            assertThat(from.psi() - a[3]).as("psi move at (%s, %s)", a[2], a[3]).isCloseTo(a[1], within(1e-5));
        }
    }

    @Test
    void simultaneousArrowsShouldBeTheLearningRateTimesTheNegativeGradients() {
        Objective o = Objective.of("bce-minimax", 0.01, 10);
        DiracSession s = (DiracSession) Session.open(config("bce-minimax", 1, 1, sgd(UpdateScheme.SIMULTANEOUS, 10, 0)));
        VectorFieldPictures p = pictures(s);
        for (int[] cell : new int[][] {{0, 0}, {16, 3}, {5, 11}}) {
            double[] a = arrowAt(p, cell[0], cell[1]);
            double dTheta = DiracGame.generator(o, a[2], a[3]).dTheta();
            double dPsi = DiracGame.critic(o, 0, a[2], a[3], 0, 0).dPsi();
            assertThat(a[0]).isCloseTo(-LR * dTheta, within(1e-6));
            assertThat(a[1]).isCloseTo(-LR * dPsi, within(1e-6));
        }
        // the sign by hand at (theta, psi) = (1, 1) pushed through the grid's corner (extent, extent): the critic's
        // slope falls (it lowers D(G) = psi theta), G's point moves right along the slope (it raises D(G))
        double[] corner = arrowAt(p, p.fieldSide() - 1, p.fieldSide() - 1);
        assertThat(corner[0]).isPositive();
        assertThat(corner[1]).isNegative();
    }

    @Test
    void anOptimizerWithAStateShouldGetTheGradientFieldAndSaySo() {
        Hyperparameters adam = new Hyperparameters(1, new OptimizerSpec.Adam(0.01, 0.5, 0.999),
                new OptimizerSpec.Adam(0.01, 0.5, 0.999), 1, 0.01, 10, true, UpdateScheme.ALTERNATING, 0, 0);
        VectorFieldPictures p = pictures((DiracSession) Session.open(config("bce", 1, 1, adam)));
        assertThat(p.arrows()).isEqualTo(VectorFieldPictures.Arrows.GRADIENT);
        double[] a = arrowAt(p, 4, 13);
        double[] expected = DiracGame.field(Objective.of("bce", 0.01, 10), 0, a[2], a[3], 0, 0);
        assertThat(a[0]).isCloseTo(expected[0], within(1e-6));
        assertThat(a[1]).isCloseTo(expected[1], within(1e-6));
    }

    @Test
    void aSwapShouldChangeTheField() {
        DiracSession s = (DiracSession) Session.open(config("bce-minimax", 1, 1, sgd(UpdateScheme.ALTERNATING, 0.2, 0)));
        float[] before = pictures(s).field();
        s.swapObjective("wgan-gp");
        float[] after = pictures(s).field();
        assertThat(after).hasSameSizeAs(before).isNotEqualTo(before);
        assertThat(pictures(s).extent()).as("the square stays the experiment's").isEqualTo(2);
    }

    @Test
    void theSquareShouldHoldEachPresetsFirstStepsAndStayPutAsItRuns() {
        assertThat(DiracSession.viewExtent(Presets.byName("dirac-simultaneous").config()))
                .as("radius 3.35 at step 500: the square of half width 4").isEqualTo(4);
        for (String name : new String[] {"dirac-alternating", "dirac-r1", "dirac-wgan-gp", "xy-game"}) {
            assertThat(DiracSession.viewExtent(Presets.byName(name).config())).as(name).isEqualTo(2);
        }
        DiracSession s = (DiracSession) Session.open(Presets.byName("dirac-simultaneous").config());
        double first = pictures(s).extent();
        double far = 0;
        for (int i = 0; i < DiracSession.VIEW_HORIZON; i++) {
            s.iterate(true);
            far = Math.max(far, Math.max(Math.abs(s.theta()), Math.abs(s.psi())));
            assertThat(pictures(s).extent()).isEqualTo(first);
        }
        assertThat(far).as("the path reached beyond [-2, 2]^2 and stayed inside the square").isBetween(2.0, first);
        assertThat(pictures(s).trajectory()).as("both players move together: one point a step, and the start")
                .hasSize(2 * (DiracSession.VIEW_HORIZON + 1));
    }

    @Test
    void headlessPicturesShouldCarryNeitherFieldNorPath() {
        DiracSession s = (DiracSession) Session.open(Presets.byName("dirac-alternating").config());
        VectorFieldPictures p = (VectorFieldPictures) s.pictures(s.evaluationSample(2), 0, false);
        assertThat(p.field()).isNull();
        assertThat(p.trajectory()).isNull();
    }
}
