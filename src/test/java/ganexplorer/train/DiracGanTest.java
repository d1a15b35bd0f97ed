package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ganexplorer.metrics.PointMassMetrics;
import ganexplorer.model.DiracGan;
import ganexplorer.objective.Objective;
import ganexplorer.objective.OptimizerSpec;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Dirac GAN's closed-form gradients against central differences of its losses, and its first step against values
 * worked out by hand from each objective's formula (DESIGN.md's table with r = psi * 0, f = psi * theta).
 */
class DiracGanTest {
    private static final double H = 1e-6;
    private static final double LR = 0.2;

    static TrainingConfig config(String objective, double theta0, double psi0, double lambda, double r1,
                                 UpdateScheme updates) {
        Hyperparameters h = new Hyperparameters(1, new OptimizerSpec.PlainSgd(LR), new OptimizerSpec.PlainSgd(LR), 1,
                0.01, lambda, true, updates, r1, 0);
        return new TrainingConfig("dirac", null, new DiracGan(theta0, psi0), objective, h, 1, 1, 2, null);
    }

    static DiracSession session(String objective, double theta0, double psi0, double lambda, double r1,
                                UpdateScheme updates) {
        return (DiracSession) Session.open(config(objective, theta0, psi0, lambda, r1, updates));
    }

    static Stream<Arguments> points() {
        return Objective.IDS.stream().flatMap(id -> Stream.of(new double[] {0.7, -1.3}, new double[] {-1.6, 0.4},
                new double[] {0.3, 2.2}).map(p -> Arguments.of(id, p[0], p[1])));
    }

    @ParameterizedTest(name = "{0} at ({1}, {2})")
    @MethodSource("points")
    void gradientsShouldMatchCentralDifferencesWithEveryPenalty(String id, double theta, double psi) {
        Objective o = Objective.of(id, 0.01, 0.3);
        double a = 0.25; // a data point off 0, so the real term's chain rule is checked too
        double r1 = 0.7;
        double r2 = 0.2;
        DiracGame.CriticGradient c = DiracGame.critic(o, a, theta, psi, r1, r2);
        double numericPsi = (DiracGame.critic(o, a, theta, psi + H, r1, r2).loss()
                - DiracGame.critic(o, a, theta, psi - H, r1, r2).loss()) / (2 * H);
        assertThat(c.dPsi()).isCloseTo(numericPsi, within(1e-6));
        DiracGame.GeneratorGradient g = DiracGame.generator(o, theta, psi);
        double numericTheta = (DiracGame.generator(o, theta + H, psi).loss()
                - DiracGame.generator(o, theta - H, psi).loss()) / (2 * H);
        assertThat(g.dTheta()).isCloseTo(numericTheta, within(1e-6));
        assertThat(Math.abs(g.dTheta())).as("G is pushed at all").isGreaterThan(1e-3);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** One alternating SGD step from (1, 1), by hand: psi moves first, theta against the new psi. */
    static Stream<Arguments> firstSteps() {
        double psiBce = 1 - LR * sigmoid(1); // dL_D/dpsi = sigma(psi theta) theta
        return Stream.of(
                Arguments.of("bce-minimax", 1 + LR * sigmoid(psiBce) * psiBce, psiBce), // dL_G/dtheta = -sigma(f) psi
                Arguments.of("bce", 1 + LR * (1 - sigmoid(psiBce)) * psiBce, psiBce), // -sigma(-f) psi
                Arguments.of("least-squares", 1 - LR * (0.8 - 1) * 0.8, 0.8), // dpsi = f theta = 1; dtheta = (f - 1) psi
                Arguments.of("wgan-clip", 1 + LR * 0.01, 0.01), // dpsi = theta, then the clip; dtheta = -psi
                Arguments.of("wgan-gp", 1 + LR * 0.8, 0.8), // |psi| = 1: no penalty gradient
                Arguments.of("hinge", 1 + LR * 0.8, 0.8)); // f = 1 > -1: dpsi = theta
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstSteps")
    void firstAlternatingStepShouldBeTheHandComputedOne(String id, double theta, double psi) {
        DiracSession s = session(id, 1, 1, 10, 0, UpdateScheme.ALTERNATING);
        s.iterate(true);
        assertThat(s.psi()).isCloseTo(psi, within(1e-6));
        assertThat(s.theta()).isCloseTo(theta, within(1e-6));
    }

    @Test
    void penaltiesShouldEnterTheCriticStepInClosedForm() {
        // WGAN-GP from (1, 2), lambda 0.3: dpsi = theta + 2 lambda (|psi| - 1) = 1.6
        DiracSession gp = session("wgan-gp", 1, 2, 0.3, 0, UpdateScheme.ALTERNATING);
        gp.iterate(true);
        assertThat(gp.psi()).isCloseTo(2 - LR * 1.6, within(1e-6));
        assertThat(gp.theta()).isCloseTo(1 + LR * (2 - LR * 1.6), within(1e-6));
        assertThat(gp.lastStats().penalty()).isCloseTo(0.3, within(1e-9));
        // R1 gamma 0.3 on bce-minimax: dpsi = sigma(1) + gamma psi
        DiracSession r1 = session("bce-minimax", 1, 1, 10, 0.3, UpdateScheme.ALTERNATING);
        r1.iterate(true);
        assertThat(r1.psi()).isCloseTo(1 - LR * (sigmoid(1) + 0.3), within(1e-6));
        assertThat(r1.lastStats().penalty()).isCloseTo(0.15, within(1e-9));
    }

    @Test
    void simultaneousShouldTakeBothGradientsAtTheSamePoint() {
        DiracSession s = session("bce-minimax", 1, 1, 10, 0, UpdateScheme.SIMULTANEOUS);
        s.iterate(true);
        assertThat(s.psi()).isCloseTo(1 - LR * sigmoid(1), within(1e-6));
        assertThat(s.theta()).isCloseTo(1 + LR * sigmoid(1), within(1e-6)); // against psi = 1, not the new psi
    }

    @Test
    void theXyGameShouldReturnExactlyToItsStartAfterSixSteps() {
        // Wasserstein loss, no clip, no penalty (wgan-gp at lambda 0), lr 1: CS231n's x y game
        Hyperparameters h = new Hyperparameters(1, new OptimizerSpec.PlainSgd(1), new OptimizerSpec.PlainSgd(1), 1, 0.01,
                0, true, UpdateScheme.ALTERNATING, 0, 0);
        DiracSession s = (DiracSession) Session.open(
                new TrainingConfig("dirac", null, DiracGan.PAPER, "wgan-gp", h, 1, 1, 2, null));
        double[][] expected = {{1, 0}, {0, -1}, {-1, -1}, {-1, 0}, {0, 1}, {1, 1}};
        for (double[] point : expected) {
            s.iterate(true);
            assertThat(new double[] {s.theta(), s.psi()}).containsExactly(point);
        }
    }

    @Test
    void aRestoredSessionShouldGoOnExactlyAsTheUninterruptedOne() {
        DiracSession straight = session("bce", 1, 1, 10, 0.1, UpdateScheme.SIMULTANEOUS);
        DiracSession resumed = session("bce", 1, 1, 10, 0.1, UpdateScheme.SIMULTANEOUS);
        for (int i = 0; i < 7; i++) {
            straight.iterate(true);
        }
        SessionState mid = straight.capture();
        for (int i = 0; i < 5; i++) {
            straight.iterate(true);
        }
        resumed.restore(mid);
        for (int i = 0; i < 5; i++) {
            resumed.iterate(true);
        }
        assertThat(resumed.capture().generator()).containsExactly(straight.capture().generator());
        assertThat(resumed.capture().critic()).containsExactly(straight.capture().critic());
        assertThat(resumed.step()).isEqualTo(12);
    }

    @Test
    void itsSampleShouldCarryThePlayersAndTheExactW1() {
        DiracSession s = session("bce-minimax", -0.5, 1.5, 10, 0, UpdateScheme.ALTERNATING);
        EvaluationSample e = s.evaluationSample(4);
        assertThat(e.fake()).containsOnly(-0.5f);
        assertThat(e.real()).containsOnly(0f);
        PointMassMetrics m = (PointMassMetrics) e.exact();
        assertThat(m.theta()).isEqualTo(-0.5);
        assertThat(m.psi()).isEqualTo(1.5);
        assertThat(m.w1()).isEqualTo(0.5);
        assertThat(m.radius()).isCloseTo(Math.hypot(0.5, 1.5), within(1e-12));
        VectorFieldPictures p = (VectorFieldPictures) s.pictures(e, 0, true);
        assertThat(p.trajectory()).containsExactly(-0.5f, 1.5f);
        assertThat(p.extent()).isEqualTo(2);
        assertThat(p.arrows()).isEqualTo(VectorFieldPictures.Arrows.SGD_MOVE);
        // the field at (theta, psi) = (-2, -2), the grid's first point, is one alternating SGD step from there:
        // psi moves by -lr theta sigma(psi theta), then theta by lr psi' sigma(psi' theta) against the new psi'
        double psiNext = -2 - LR * -2 * sigmoid(4);
        assertThat(p.field()[1]).isCloseTo((float) (psiNext + 2), within(1e-6f));
        assertThat(p.field()[0]).isCloseTo((float) (LR * psiNext * sigmoid(psiNext * -2)), within(1e-6f));
    }
}
