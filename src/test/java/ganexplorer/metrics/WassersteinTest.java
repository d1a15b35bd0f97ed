package ganexplorer.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WassersteinTest {
    @Test
    void shouldEqualTheShiftLengthWhenASetIsMovedByAVector() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 300;
        float[] a = new float[2 * n];
        float[] b = new float[2 * n];
        double vx = 0.3;
        double vy = -0.4; // |v| = 0.5, small against the spread so no crossing assignment is cheaper
        for (int i = 0; i < n; i++) {
            a[2 * i] = (float) (3 * rng.nextGaussian());
            a[2 * i + 1] = (float) (3 * rng.nextGaussian());
            b[2 * i] = (float) (a[2 * i] + vx);
            b[2 * i + 1] = (float) (a[2 * i + 1] + vy);
        }
        // Translating a set never pays less than |v| per point (W1 >= |mean difference|), and the shift pays exactly |v|.
        assertThat(Wasserstein.exactW1(a, b)).isCloseTo(0.5, within(1e-5));
    }

    @Test
    void shouldBeZeroForASetAgainstAPermutationOfItself() {
        float[] a = {0, 0, 1, 2, 3, -1, 5, 5};
        float[] b = {5, 5, 0, 0, 3, -1, 1, 2};
        assertThat(Wasserstein.exactW1(a, b)).isCloseTo(0, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void shouldAgreeWithBruteForceOverAllPermutations(int n) {
        SplittableRandom rng = new SplittableRandom(100 + n);
        for (int trial = 0; trial < 20; trial++) {
            float[] a = new float[2 * n];
            float[] b = new float[2 * n];
            for (int i = 0; i < 2 * n; i++) {
                a[i] = (float) rng.nextGaussian();
                b[i] = (float) (rng.nextGaussian() + 0.5);
            }
            assertThat(Wasserstein.exactW1(a, b)).isCloseTo(bruteForce(a, b, n), within(1e-9));
        }
    }

    @Test
    void assignmentShouldHandleTiesAndIntegerCosts() {
        // Every column costs the same for a row: any permutation is optimal, the total is fixed.
        double[] cost = {1, 1, 1, 2, 2, 2, 3, 3, 3};
        int[] m = OptimalAssignment.solve(cost, 3);
        assertThat(m).containsExactlyInAnyOrder(0, 1, 2);
        double[] c2 = {4, 1, 3, 2, 0, 5, 3, 2, 2};
        int[] m2 = OptimalAssignment.solve(c2, 3);
        assertThat(c2[m2[0]] + c2[3 + m2[1]] + c2[6 + m2[2]]).isEqualTo(5);
    }

    static Stream<Arguments> nonFiniteCoordinates() {
        return Stream.of(Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY)
                .flatMap(v -> Stream.of(Arguments.of(true, v), Arguments.of(false, v)));
    }

    @ParameterizedTest(name = "real={0}, value={1}")
    @MethodSource("nonFiniteCoordinates")
    void shouldRefuseANonFiniteCoordinateNamingThePointWhenOneIsGiven(boolean inReal, float value) {
        int n = 40;
        SplittableRandom rng = new SplittableRandom(9);
        float[] real = new float[2 * n];
        float[] fake = new float[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            real[i] = (float) rng.nextGaussian();
            fake[i] = (float) rng.nextGaussian();
        }
        (inReal ? real : fake)[2 * 17 + 1] = value; // point 17's y
        // preemptive: before the fix this looped forever, and a plain timeout would wait for it
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> Wasserstein.exactW1(real, fake))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage((inReal ? "real" : "generated") + " point 17 has a non-finite coordinate (y = "
                                + value + ")"));
    }

    @Test
    void shouldNameTheFirstBadPointOfTheRealSetBeforeLookingAtTheGeneratedOne() {
        float[] real = {0, 0, Float.NaN, 1};
        float[] fake = {Float.POSITIVE_INFINITY, 0, 1, 1};
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> Wasserstein.exactW1(real, fake))
                        .hasMessage("real point 1 has a non-finite coordinate (x = NaN)"));
    }

    @Test
    void assignmentShouldRefuseNonFiniteCostsWhenCalledDirectly() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            double[] cost = {1, 2, 3, bad};
            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> OptimalAssignment.solve(cost, 2))
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("row 1, column 1").hasMessageContaining("finite"));
        }
    }

    @Test
    void assignmentShouldThrowInsteadOfSpinningWhenFiniteCostsOverflow() {
        // finite, but cost - potential overflows to infinity in the augmenting search (found by fuzzing)
        double[] cost = {Double.MAX_VALUE / 2, -Double.MAX_VALUE, Double.MAX_VALUE / 2, -Double.MAX_VALUE};
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> OptimalAssignment.solve(cost, 2))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("too large for double arithmetic"));
    }

    private static double bruteForce(float[] a, float[] b, int n) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        double[] best = {Double.POSITIVE_INFINITY};
        permute(perm, 0, a, b, best);
        return best[0] / n;
    }

    private static void permute(int[] p, int k, float[] a, float[] b, double[] best) {
        if (k == p.length) {
            double total = 0;
            for (int i = 0; i < p.length; i++) {
                total += Math.hypot((double) a[2 * i] - b[2 * p[i]], (double) a[2 * i + 1] - b[2 * p[i] + 1]);
            }
            best[0] = Math.min(best[0], total);
            return;
        }
        for (int i = k; i < p.length; i++) {
            swap(p, k, i);
            permute(p, k + 1, a, b, best);
            swap(p, k, i);
        }
    }

    private static void swap(int[] p, int i, int j) {
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
}
