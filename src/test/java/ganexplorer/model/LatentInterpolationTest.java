package ganexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LatentInterpolationTest {
    private static final float[] A = {1, 0};
    private static final float[] B = {0, 1};

    @Test
    void shouldStartAndEndAtTheAnchors() {
        for (LatentInterpolation p : LatentInterpolation.values()) {
            assertThat(p.at(A, B, 0)).containsExactly(A, Offset.offset(1e-6f));
            assertThat(p.at(A, B, 1)).containsExactly(B, Offset.offset(1e-6f));
        }
    }

    @Test
    void linearMidpointShouldBeTheAverage() {
        assertThat(LatentInterpolation.LINEAR.at(A, B, 0.5)).containsExactly(new float[] {0.5f, 0.5f}, Offset.offset(1e-6f));
    }

    @Test
    void sphericalShouldKeepTheNormBetweenPointsOfEqualNormAndFollowTheArc() {
        float[] mid = LatentInterpolation.SPHERICAL.at(A, B, 0.5);
        assertThat(Math.hypot(mid[0], mid[1])).isCloseTo(1.0, within(1e-6));
        assertThat(mid[0]).isCloseTo((float) Math.cos(Math.PI / 4), Offset.offset(1e-6f));
        float[] third = LatentInterpolation.SPHERICAL.at(A, B, 1.0 / 3);
        assertThat(Math.atan2(third[1], third[0])).isCloseTo(Math.PI / 6, within(1e-6));
    }

    @Test
    void sphericalShouldFallBackToLinearForParallelOrZeroPoints() {
        float[] a = {1, 1};
        float[] b = {2, 2};
        assertThat(LatentInterpolation.SPHERICAL.at(a, b, 0.5)).containsExactly(new float[] {1.5f, 1.5f}, Offset.offset(1e-6f));
        assertThat(LatentInterpolation.SPHERICAL.at(new float[] {0, 0}, b, 0.5)).containsExactly(new float[] {1, 1}, Offset.offset(1e-6f));
    }

    @Test
    void walkShouldVisitEveryAnchorInOrder() {
        float[][] frames = LatentInterpolation.LINEAR.walk(List.of(A, B, new float[] {-1, 0}), 4);
        assertThat(frames).hasNumberOfRows(9);
        assertThat(frames[0]).containsExactly(A);
        assertThat(frames[4]).containsExactly(B, Offset.offset(1e-6f));
        assertThat(frames[8]).containsExactly(new float[] {-1, 0});
        assertThatThrownBy(() -> LatentInterpolation.LINEAR.walk(List.of(A), 4)).hasMessageContaining("at least two anchor");
    }
}
