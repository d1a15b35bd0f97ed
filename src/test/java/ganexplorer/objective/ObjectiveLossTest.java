package ganexplorer.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Loss values against hand-computed numbers on r = (0, 2), f = (-1, 1). */
class ObjectiveLossTest {
    private static final double[] R = {0, 2};
    private static final double[] F = {-1, 1};
    private static final double LOG2 = Math.log(2);
    // softplus(1) = log(1 + e), softplus(-1) = log(1 + 1/e), softplus(-2) = log(1 + e^-2)
    private static final double SP1 = Math.log(1 + Math.E);
    private static final double SPM1 = Math.log(1 + 1 / Math.E);
    private static final double SPM2 = Math.log(1 + Math.exp(-2));

    @Test
    void bceCriticLossShouldMatchHandComputation() {
        // -mean log sigma(r) - mean log(1 - sigma(f)) = mean softplus(-r) + mean softplus(f)
        double expected = (LOG2 + SPM2) / 2 + (SPM1 + SP1) / 2;
        assertThat(new BceNonSaturating().criticLoss(R, F).value()).isCloseTo(expected, within(1e-12));
        assertThat(new BceMinimax().criticLoss(R, F).value()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void generatorLossesShouldMatchHandComputation() {
        assertThat(new BceMinimax().generatorLoss(F).value()).isCloseTo(-(SPM1 + SP1) / 2, within(1e-12));
        assertThat(new BceNonSaturating().generatorLoss(F).value()).isCloseTo((SP1 + SPM1) / 2, within(1e-12));
        assertThat(new LeastSquares().generatorLoss(F).value()).isCloseTo(0.5 * (4 + 0) / 2, within(1e-12));
        assertThat(new WganClip(0.01).generatorLoss(F).value()).isCloseTo(0, within(1e-12));
        assertThat(new Hinge().generatorLoss(new double[] {1, 3}).value()).isCloseTo(-2, within(1e-12));
    }

    @Test
    void criticLossesShouldMatchHandComputation() {
        // least squares: 1/2 mean((r-1)^2) + 1/2 mean(f^2) = 1/2 * (1+1)/2 + 1/2 * (1+1)/2 = 1
        assertThat(new LeastSquares().criticLoss(R, F).value()).isCloseTo(1, within(1e-12));
        // wasserstein: -mean r + mean f = -1 + 0
        assertThat(new WganGp(10).criticLoss(R, F).value()).isCloseTo(-1, within(1e-12));
        assertThat(new WganClip(0.01).criticLoss(R, F).value()).isCloseTo(-1, within(1e-12));
        // hinge: mean(max(0, 1 - r)) + mean(max(0, 1 + f)) = (1 + 0)/2 + (0 + 2)/2 = 1.5
        assertThat(new Hinge().criticLoss(R, F).value()).isCloseTo(1.5, within(1e-12));
    }

    @ParameterizedTest
    @FieldSource("ganexplorer.objective.Objective#IDS")
    void shouldStayFiniteForHugeLogits(String id) {
        Objective o = Objective.of(id, 0.01, 10);
        double[] big = {-1000, 1000, -40, 40};
        LossGradient c = o.criticLoss(big, big);
        LossGradient g = o.generatorLoss(big);
        assertThat(Double.isFinite(c.value())).isTrue();
        assertThat(Double.isFinite(g.value())).isTrue();
        assertThat(java.util.Arrays.stream(c.onReal()).allMatch(Double::isFinite)).isTrue();
        assertThat(java.util.Arrays.stream(g.onFake()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void minimaxGeneratorGradientShouldVanishWhenTheCriticRejectsFakesConfidently() {
        // The textbook saturation: d/df log(1 - sigma(f)) = -sigma(f) -> 0 as f -> -inf; non-saturating stays near -1.
        double[] f = {-12};
        assertThat(Math.abs(new BceMinimax().generatorLoss(f).onFake()[0])).isLessThan(1e-5);
        assertThat(new BceNonSaturating().generatorLoss(f).onFake()[0]).isCloseTo(-1, within(1e-5));
    }

    @Test
    void shouldListTheValidObjectivesWhenTheNameIsUnknown() {
        assertThatThrownBy(() -> Objective.of("wgan-xx", 0.01, 10))
                .hasMessageContaining("wgan-xx").hasMessageContaining("wgan-gp").hasMessageContaining("least-squares");
    }

    @Test
    void shouldRejectAbsurdSettingsWithAReadableMessage() {
        assertThatThrownBy(() -> new WganClip(0)).hasMessageContaining("clip value must be a positive number");
        assertThatThrownBy(() -> new WganGp(Double.NaN)).hasMessageContaining("lambda");
        assertThatThrownBy(() -> new OptimizerSpec.Adam(-1e-3, 0.5, 0.999)).hasMessageContaining("learning rate");
        assertThatThrownBy(() -> new OptimizerSpec.RmsProp(Double.POSITIVE_INFINITY)).hasMessageContaining("learning rate");
        assertThatThrownBy(() -> new OptimizerSpec.Adam(1e-3, 1.0, 0.999)).hasMessageContaining("betas");
    }

    @Test
    void defaultsShouldFollowTheSourceTexts() {
        assertThat(new WganClip(0.01).defaultCriticSteps()).isEqualTo(5);
        assertThat(new WganClip(0.01).defaultOptimizer()).isEqualTo(new OptimizerSpec.RmsProp(5e-5));
        assertThat(new WganGp(10).defaultOptimizer()).isEqualTo(new OptimizerSpec.Adam(1e-4, 0, 0.9));
        assertThat(new BceNonSaturating().defaultOptimizer()).isEqualTo(new OptimizerSpec.Adam(2e-4, 0.5, 0.999));
        assertThat(new Hinge().defaultOptimizer()).isEqualTo(new OptimizerSpec.Adam(2e-4, 0, 0.9));
        assertThat(Objective.of("wgan-gp", 0.01, 10).estimatesWasserstein()).isTrue();
        assertThat(Objective.of("bce", 0.01, 10).estimatesWasserstein()).isFalse();
    }
}
