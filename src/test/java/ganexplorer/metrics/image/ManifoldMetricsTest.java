package ganexplorer.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ManifoldMetricsTest {
    @Test
    void shouldMatchAHandWorkedCaseWithOneNeighbour() {
        // Real balls (k = 1): every real point's nearest neighbour is 1 away, so they cover [-1, 3] and [9, 13].
        FeatureRows real = FeatureRows.of(new float[]{0, 1, 2, 10, 11, 12}, 1);
        // Fake radii: 0.5 -> 2 (to 2.5), 2.5 -> 2, 5 -> 2.5, 11.2 -> 6.2 (to 5), a wide ball that reaches every real.
        FeatureRows fake = FeatureRows.of(new float[]{0.5f, 2.5f, 5, 11.2f}, 1);
        ManifoldMetrics m = ManifoldMetrics.of(real, fake, 1);
        assertThat(m.precision()).isCloseTo(3 / 4.0, within(1e-12)); // all but 5
        assertThat(m.recall()).isCloseTo(1.0, within(1e-12)); // the outlier's wide ball takes them all
        // Balls holding each fake: 0.5 in those of 0 and 1; 2.5 in that of 2; 5 in none; 11.2 in those of 11 and 12.
        assertThat(m.density()).isCloseTo(5 / 4.0, within(1e-12));
        // Real balls holding a fake: all but the ball of 10 ([9, 11]).
        assertThat(m.coverage()).isCloseTo(5 / 6.0, within(1e-12));
    }

    @Test
    void shouldUseTheThirdNeighbourWhenKIsThree() {
        // Real {0,1,2,3}: third-neighbour radii 3, 2, 2, 3.
        FeatureRows real = FeatureRows.of(new float[]{0, 1, 2, 3}, 1);
        // Fakes: -2.5 (only in the ball of 0), 5.5 (only in the ball of 3), and a far cluster 50..53.
        FeatureRows fake = FeatureRows.of(new float[]{-2.5f, 5.5f, 50, 51, 52, 53}, 1);
        ManifoldMetrics m = ManifoldMetrics.of(real, fake, 3);
        assertThat(m.precision()).isCloseTo(2 / 6.0, within(1e-12));
        assertThat(m.recall()).isCloseTo(1.0, within(1e-12)); // -2.5's third neighbour is 51, radius 53.5
        assertThat(m.density()).isCloseTo(2 / 18.0, within(1e-12));
        assertThat(m.coverage()).isCloseTo(2 / 4.0, within(1e-12));
    }

    @Test
    void shouldScoreIdenticalSetsAsFullyCoveredWithDensityOfKPlusOneOverK() {
        SplittableRandom rng = new SplittableRandom(6);
        float[] v = new float[100 * 3];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rng.nextGaussian();
        }
        FeatureRows x = FeatureRows.of(v, 3);
        ManifoldMetrics m = ManifoldMetrics.of(x, x, 3);
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(1.0);
        assertThat(m.coverage()).isEqualTo(1.0);
        // Each real ball holds the point itself and its 3 neighbours (no ties in Gaussian data): 4 per ball / 3.
        assertThat(m.density()).isCloseTo(4 / 3.0, within(1e-12));
    }
}
