package ganexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ToyDatasetsTest {
    static List<String> names() {
        return ToyDatasets.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void shouldKeepNearlyAllSamplesInsideItsBoundsWhenSampling(String name) {
        ToyDistribution d = ToyDatasets.byName(name);
        float[] xy = new float[2 * 5000];
        d.sample(5000, new SplittableRandom(7), xy);
        Bounds b = d.bounds();
        int inside = 0;
        for (int i = 0; i < 5000; i++) {
            if (xy[2 * i] >= b.minX() && xy[2 * i] <= b.maxX() && xy[2 * i + 1] >= b.minY() && xy[2 * i + 1] <= b.maxY()) {
                inside++;
            }
        }
        assertThat(inside).isGreaterThanOrEqualTo(4990);
        assertThat(d.name()).isEqualTo(name);
    }

    @ParameterizedTest
    @MethodSource("names")
    void shouldDrawTheSameSamplesWhenGivenTheSameSeed(String name) {
        ToyDistribution d = ToyDatasets.byName(name);
        float[] a = new float[200];
        float[] b = new float[200];
        d.sample(100, new SplittableRandom(3), a);
        d.sample(100, new SplittableRandom(3), b);
        assertThat(a).containsExactly(b);
    }

    @Test
    void ring8ShouldPutEqualMassOnEightModesOfRadiusTwo() {
        ToyDistribution ring = ToyDatasets.byName("ring8");
        Modes modes = ring.modes();
        assertThat(modes.count()).isEqualTo(8);
        assertThat(modes.radius()).isEqualTo(0.1);
        for (Point c : modes.centres()) {
            assertThat(Math.hypot(c.x(), c.y())).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-12));
        }
        float[] xy = new float[2 * 8000];
        ring.sample(8000, new SplittableRandom(1), xy);
        int[] counts = new int[8];
        for (int i = 0; i < 8000; i++) {
            for (int m = 0; m < 8; m++) {
                if (modes.centres().get(m).distanceTo(xy[2 * i], xy[2 * i + 1]) <= modes.radius()) {
                    counts[m]++;
                }
            }
        }
        for (int c : counts) {
            assertThat(c).isBetween(850, 1150); // 1000 expected; 5 sigma keeps essentially all mass in the radius
        }
    }

    @Test
    void grid25ShouldHaveTwentyFiveModesTwoApart() {
        Modes modes = ToyDatasets.byName("grid25").modes();
        assertThat(modes.count()).isEqualTo(25);
        assertThat(modes.centres()).contains(new Point(-4, -4), new Point(0, 0), new Point(4, 4), new Point(2, -2));
        assertThat(modes.radius()).isEqualTo(0.25);
    }

    @Test
    void checkerboardShouldOnlyFillDarkSquares() {
        float[] xy = new float[2 * 2000];
        ToyDatasets.byName("checkerboard").sample(2000, new SplittableRandom(2), xy);
        for (int i = 0; i < 2000; i++) {
            int col = (int) Math.floor(xy[2 * i] + 2);
            int row = (int) Math.floor(xy[2 * i + 1] + 2);
            assertThat((col + row) % 2).isZero();
        }
    }

    @Test
    void shouldNameTheValidDatasetsWhenTheNameIsUnknown() {
        assertThatThrownBy(() -> ToyDatasets.byName("ring9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ring9").hasMessageContaining("ring8").hasMessageContaining("swissroll");
    }

    @Test
    void shouldSayThePointsDatasetIsDrawnInTheAppWithoutNamingAnOptionTrainDoesNotHave() {
        assertThatThrownBy(() -> ToyDatasets.byName("points"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'points' dataset is drawn in the app")
                .hasMessageNotContaining("--points");
    }

    @Test
    void pointSetShouldSampleNearItsPointsAndRejectAnEmptyDrawing() {
        PointSet set = new PointSet(List.of(new Point(1, 1), new Point(-1, 0.5)), 0.01);
        float[] xy = new float[200];
        set.sample(100, new SplittableRandom(4), xy);
        for (int i = 0; i < 100; i++) {
            double d = Math.min(Math.hypot(xy[2 * i] - 1, xy[2 * i + 1] - 1), Math.hypot(xy[2 * i] + 1, xy[2 * i + 1] - 0.5));
            assertThat(d).isLessThan(0.06);
        }
        assertThatThrownBy(() -> new PointSet(List.of(), 0.01)).hasMessageContaining("at least one point");
        assertThatThrownBy(() -> new Point(Double.NaN, 0)).hasMessageContaining("finite");
    }
}
