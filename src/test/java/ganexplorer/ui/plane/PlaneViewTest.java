package ganexplorer.ui.plane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ganexplorer.data.Bounds;
import org.junit.jupiter.api.Test;

class PlaneViewTest {
    private final PlaneView view = new PlaneView(new Bounds(-2, 2, -1, 3), 10, 20, 100);

    @Test
    void shouldMapTheBoxOntoTheSquareWithYUp() {
        assertThat(view.px(-2)).isEqualTo(10);
        assertThat(view.px(2)).isEqualTo(110);
        assertThat(view.py(-1)).isEqualTo(120);
        assertThat(view.py(3)).isEqualTo(20);
        assertThat(view.dataX(view.px(0.7))).isCloseTo(0.7, within(1e-12));
        assertThat(view.dataY(view.py(-0.4))).isCloseTo(-0.4, within(1e-12));
        assertThat(view.scaleX()).isEqualTo(25);
    }

    @Test
    void shouldShowOnlyPointsInsideTheSquareAndNeverNaN() {
        assertThat(view.showsPoint(0, 1, 0)).isTrue();
        assertThat(view.showsPoint(2.1, 1, 0)).as("right of the square").isFalse();
        assertThat(view.showsPoint(2.1, 1, 3)).as("within the margin of a dot").isTrue();
        assertThat(view.showsPoint(0, 30, 3)).as("far above the square, where the toolbar is").isFalse();
        assertThat(view.showsPoint(Float.NaN, 1, 3)).isFalse();
        assertThat(view.showsPoint(0, Double.NaN, 3)).isFalse();
        assertThat(view.showsPoint(Double.POSITIVE_INFINITY, 0, 3)).isFalse();
        assertThat(view.shows(Double.NaN, 50)).isFalse();
    }
}
