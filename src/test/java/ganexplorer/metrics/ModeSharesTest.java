package ganexplorer.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ganexplorer.data.Modes;
import ganexplorer.data.Point;
import ganexplorer.data.ToyDatasets;
import ganexplorer.data.ToyDistribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModeSharesTest {
    private static final Modes TWO = new Modes(List.of(new Point(0, 0), new Point(10, 0)), 1);

    @Test
    void eachModesShareShouldCountTheSamplesWithinItsRadiusOfAllSamples() {
        // 10 samples: 6 at mode 0, 3 at mode 1 (one on its radius), 1 between them
        float[] s = {0, 0, 0.5f, 0, 0, 0.5f, -0.2f, 0, 0, -0.9f, 0.1f, 0.1f, 10, 0, 11, 0, 9.5f, 0.5f, 5, 0};
        assertThat(ModeCoverage.shares(s, TWO)).containsExactly(0.6, 0.3);
        assertThat(ModeCoverage.of(s, TWO).highQualityFraction()).as("the shares add up to the near share")
                .isCloseTo(0.9, within(1e-12));
        assertThat(ModeCoverage.nearestShares(s, TWO)).as("the one between them goes to the first of two as near")
                .containsExactly(0.7, 0.3);
        assertThat(ModeCoverage.shares(new float[0], TWO)).containsExactly(Double.NaN, Double.NaN);
        assertThat(ModeCoverage.shares(s, Modes.NONE)).isEmpty();
    }

    @Test
    void aToyRowShouldCarryTheSharesInTheDatasModeOrder() {
        ToyDistribution ring = (ToyDistribution) ToyDatasets.byName("ring8");
        Point third = ring.modes().centres().get(2);
        float[] fake = new float[200];
        for (int i = 0; i < 100; i++) {
            fake[2 * i] = (float) third.x();
            fake[2 * i + 1] = (float) third.y();
        }
        float[] real = fake.clone();
        ToyMetrics m = ToyMetrics.measure(real, fake, ring);
        assertThat(m.modeShares()).containsExactly(0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        for (int i = 0; i < 100; i++) { // half of them moved off the mode, still nearest it
            fake[4 * (i / 2)] = (float) (third.x() + 0.3);
        }
        ToyMetrics beside = ToyMetrics.measure(real, fake, ring);
        assertThat(beside.modeShares().get(2)).isEqualTo(0.5);
        assertThat(beside.nearestShares()).containsExactly(0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(new ToyMetrics(1, 8, 8, 0.9, 0.1, 0.1).modeShares()).as("a row measured before shares").isNull();
    }
}
