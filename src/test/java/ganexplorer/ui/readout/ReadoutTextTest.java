package ganexplorer.ui.readout;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.metrics.ToyMetrics;
import ganexplorer.train.MetricRow;
import ganexplorer.train.Presets;
import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import ganexplorer.train.TrainingConfig;
import ganexplorer.ui.TestSnapshots;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadoutTextTest {
    @Test
    void shouldShowDashesUntilTheNewExperimentsFirstRow() {
        ReadoutText t = ReadoutText.of(TestSnapshots.ring(2));
        assertThat(t.criticValue()).isEqualTo("–");
        assertThat(t.distanceValue()).isEqualTo("–");
        assertThat(t.sentence()).startsWith("Waiting for the first measurement");
        assertThat(t.alarm()).isFalse();
    }

    @Test
    void shouldShowTheNewestRowOfItsOwnSnapshot() {
        ReadoutText t = ReadoutText.of(TestSnapshots.ring(1, 0.9, 0.5, 0.4, 0.35, 0.3, 0.25));
        assertThat(t.distanceValue()).isEqualTo("0.250");
        assertThat(t.distanceTrend()).isEqualTo("↓ -0.650 in 500 steps");
        assertThat(ReadoutText.of(TestSnapshots.ring(1, 1, 1, 1, 1, 1, 1.001)).distanceTrend())
                .isEqualTo("→ steady over 500 steps");
        assertThat(t.alarm()).isFalse();
        assertThat(t.meaningful()).isTrue();
    }

    @Test
    void aRunawayShouldBeAnAlarmWithAdviceNotAGoodNumber() {
        ReadoutText huge = ReadoutText.of(TestSnapshots.ring(1, 0.5, 3_363_511_470.0));
        assertThat(huge.alarm()).isTrue();
        assertThat(huge.distanceValue()).isEqualTo("3.36e+09");
        assertThat(huge.sentence()).contains("run away").contains("Lower the learning rates");

        Snapshot farOut = TestSnapshots.of(1, Presets.byName("ring-wgan-gp").config(),
                TestSnapshots.plane(40, 40, 50, 50, -60, 0), List.of(), 0.5);
        assertThat(ReadoutText.of(farOut).alarm()).isTrue();
    }

    @Test
    void featureMetricsOnDataThatIsNotTheBundledDigitsShouldSaySoAndDigitsShouldNot() {
        TrainingConfig digits = Presets.byName("digits-mlp").config();
        ReadoutText onDigits = ReadoutText.of(TestSnapshots.of(1, digits, TestSnapshots.digits(), List.of(), 0.3));
        assertThat(onDigits.distanceCaption()).isEqualTo("sliced W, digit-classifier features");
        assertThat(onDigits.sentence()).doesNotContain("digit-like");
        // an opened Fashion-MNIST file: 28 x 28 grey images the digit classifier still embeds
        assertThat(ReadoutText.featureCaveat("/data/fashion/train-images-idx3-ubyte.gz"))
                .contains("classifier of handwritten digits").contains("do not mean \"digit-like\"");
        assertThat(ReadoutText.featureCaveat("digits")).isEmpty();
    }

    @Test
    void aCriticEstimateAboveTheExactW1ShouldBeSaidToBreakTheLipschitzBound() {
        ReadoutText above = ReadoutText.of(TestSnapshots.ringWithCritic(1, new double[] {0.5, 0.3},
                new double[] {0.6, 0.2}));
        assertThat(above.criticAboveW1()).isTrue();
        assertThat(above.alarm()).isFalse();
        assertThat(above.sentence()).contains("1.50× the exact W1").contains("Kantorovich")
                .contains("left the constraint");

        // the newest row decides: above before, below now
        ReadoutText below = ReadoutText.of(TestSnapshots.ringWithCritic(1, new double[] {0.3, 0.19},
                new double[] {0.2, 0.2}));
        assertThat(below.criticAboveW1()).isFalse();
        assertThat(below.sentence()).doesNotContain("Kantorovich").contains("measuring stick");
    }

    @Test
    void hugeAndNonFiniteNumbersShouldBeFormattedShortly() {
        assertThat(ReadoutText.format(Double.NaN)).isEqualTo("–");
        assertThat(ReadoutText.format(12.3456)).isEqualTo("12.346");
        assertThat(ReadoutText.format(-2.5e7)).isEqualTo("-2.50e+07");
    }

    private static Snapshot bce(String objective, double dReal, double dFake) {
        TrainingConfig c = Presets.byName("saturation").config().withObjective(objective);
        MetricRow row = new MetricRow(1, 800, objective, 0.1, 0.2, 0.5, 1e-3, 1,
                new ToyMetrics(1.8, 0, 8, 0, 0.7, 9), dReal, dFake);
        return new Snapshot(1, 800, RunState.RUNNING, c, c.hyperparameters().objective(objective), c.hyperparameters(),
                List.of(), List.of(row), List.of(), null, TestSnapshots.plane(0, 0), null, 100);
    }

    @Test
    void aMinimaxGeneratorAgainstAWinningDiscriminatorShouldBeSaidToHaveLostItsGradient() {
        String won = ReadoutText.of(bce("bce-minimax", 0.99, 0.002)).sentence();
        assertThat(won).contains("D(x) 0.99, D(G(z)) 2.0e-03").contains("proportional to D(G(z))")
                .contains("almost vanished");
        String even = ReadoutText.of(bce("bce-minimax", 0.6, 0.4)).sentence();
        assertThat(even).contains("D(x) 0.60, D(G(z)) 0.40").doesNotContain("vanished");
        String nonSaturating = ReadoutText.of(bce("bce", 0.99, 0.01)).sentence();
        assertThat(nonSaturating).contains("non-saturating").doesNotContain("almost vanished");
    }

    @Test
    void objectivesWithoutProbabilitiesShouldNotShowThem() {
        assertThat(ReadoutText.of(TestSnapshots.ring(1, 0.9, 0.5)).sentence()).doesNotContain("D(x)");
    }

    private static Snapshot lines(double theta, double js) {
        TrainingConfig c = Presets.byName("disjoint-lines").config();
        MetricRow row = new MetricRow(1, 300, "bce-minimax", 0.01, -0.005, 50, 2e-10, 1,
                new ToyMetrics(Math.abs(theta), 0, 0, 0, js, 9, null, List.of(), List.of(), null, theta), 1.0, 1e-11);
        return new Snapshot(1, 300, RunState.RUNNING, c, c.hyperparameters().objective("bce-minimax"),
                c.hyperparameters(), List.of(), List.of(row), List.of(), null, TestSnapshots.plane(0, 0), null, 100);
    }

    @Test
    void onTheLinesTheReadoutShouldSetJsBesideW1AndSayWhenItFinallyFalls() {
        String apart = ReadoutText.of(lines(1.997, 0.686)).sentence();
        assertThat(apart).contains("θ = 1.997").contains("the JS divergence is 0.686 and the KL divergence 9.00")
                .contains("neither gives the generator a direction").contains("1% smoothing").doesNotContain("only now");
        String overlap = ReadoutText.of(lines(0.012, 0.004)).sentence();
        assertThat(overlap).contains("θ = 0.012").contains("only now has the JS divergence fallen from log 2 (to 0.004)")
                .doesNotContain("a direction");
        assertThat(ReadoutText.of(TestSnapshots.ring(1, 0.9, 0.5)).sentence()).doesNotContain("JS divergence");
    }
}
