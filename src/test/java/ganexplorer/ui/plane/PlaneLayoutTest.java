package ganexplorer.ui.plane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class PlaneLayoutTest {
    /** A legend of seven entries 180 px wide and 18 px tall, 14 px apart, wrapping into rows. */
    private static final DoubleUnaryOperator ROWS = w -> {
        int perRow = Math.max(1, (int) ((w + 14) / (180 + 14)));
        return Math.ceil(7.0 / perRow) * 22;
    };

    private static void assertInside(PlaneLayout l, double w, double h) {
        assertThat(l.plotLeft()).isGreaterThanOrEqualTo(0);
        assertThat(l.plotTop()).isGreaterThanOrEqualTo(0);
        assertThat(l.plotLeft() + l.side()).isLessThanOrEqualTo(w);
        assertThat(l.plotTop() + l.side()).isLessThanOrEqualTo(h);
        assertThat(l.legendX()).isGreaterThanOrEqualTo(0);
        assertThat(l.legendY()).isGreaterThanOrEqualTo(0);
        assertThat(l.legendX() + l.legendWidth()).isLessThanOrEqualTo(w);
        assertThat(l.legendY() + l.legendHeight()).isLessThanOrEqualTo(h);
        boolean apart = !l.hasLegend() || l.legendX() >= l.plotLeft() + l.side() || l.legendY() >= l.plotTop() + l.side();
        assertThat(apart).as("the legend does not cover the plot: " + l).isTrue();
    }

    @Test
    void shouldPutTheLegendBesideAWideArea() {
        PlaneLayout l = PlaneLayout.of(1000, 700, 180, 154, ROWS);
        assertInside(l, 1000, 700);
        assertThat(l.side()).isEqualTo(700);
        assertThat(l.legendX()).isEqualTo(l.plotLeft() + 700 + PlaneLayout.GAP);
        assertThat(l.legendWidth()).isEqualTo(180);
    }

    @Test
    void shouldPutTheLegendBelowATallArea() {
        PlaneLayout l = PlaneLayout.of(500, 700, 180, 154, ROWS);
        assertInside(l, 500, 700);
        assertThat(l.legendY()).isGreaterThanOrEqualTo(l.plotTop() + l.side());
        assertThat(l.side()).isEqualTo(500);
    }

    @Test
    void shouldFitEveryShapeOfArea() {
        for (double w : new double[] {160, 300, 480, 560, 700, 1100}) {
            for (double h : new double[] {160, 300, 480, 560, 700, 950}) {
                PlaneLayout l = PlaneLayout.of(w, h, 180, 154, ROWS);
                assertInside(l, w, h);
                assertThat(l.side()).as(w + "x" + h).isGreaterThanOrEqualTo(Math.min(PlaneLayout.MIN_SIDE, Math.min(w, h)));
            }
        }
    }

    @Test
    void shouldLeaveTheLegendOutOfATinyArea() {
        PlaneLayout l = PlaneLayout.of(160, 160, 180, 154, ROWS);
        assertThat(l.hasLegend()).isFalse();
        assertThat(l.side()).isEqualTo(160);
        assertThat(PlaneLayout.of(480, 560, 180, 154, ROWS).hasLegend()).isTrue();
    }
}
