package ganexplorer.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.ui.charts.MarkerLayout.Placement;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkerLayoutTest {
    @Test
    void closeLabelsGoToRowsOfTheirOwn() {
        List<Placement> p = MarkerLayout.place(new double[] {100, 110, 120}, new double[] {50, 50, 50}, 0, 400, 3);
        assertThat(p).extracting(Placement::row).containsExactly(0, 1, 2);
        assertThat(p).extracting(Placement::left).as("just right of each line").containsExactly(102.0, 112.0, 122.0);
    }

    @Test
    void aLabelGoesBackToTheLowestRowOnceThereIsRoom() {
        List<Placement> p = MarkerLayout.place(new double[] {100, 110, 300}, new double[] {50, 50, 50}, 0, 400, 3);
        assertThat(p).extracting(Placement::row).containsExactly(0, 1, 0);
    }

    @Test
    void labelsAtTheEdgesStayInsideThePlot() {
        List<Placement> p = MarkerLayout.place(new double[] {2, 398, 399}, new double[] {60, 60, 500}, 0, 400, 2);
        assertThat(p.get(0).left()).isEqualTo(4.0);
        assertThat(p.get(1).left()).as("left of a line at the right edge").isEqualTo(336.0);
        assertThat(p.get(0).shown()).isTrue();
        assertThat(p.get(1).shown()).isTrue();
        assertThat(p.get(2).shown()).as("wider than the plot").isFalse();
    }

    @Test
    void aLabelTooWideForEitherSideOfItsLineStartsAtThePlotsLeftEdge() {
        List<Placement> p = MarkerLayout.place(new double[] {50}, new double[] {80}, 0, 100, 1);
        assertThat(p.get(0).left()).isEqualTo(0.0);
    }

    @Test
    void aLabelWithNoFreeRowOrOffThePlotIsLeftOut() {
        List<Placement> p = MarkerLayout.place(new double[] {100, 101, 102, -5, 450}, new double[] {50, 50, 50, 50, 50},
                0, 400, 2);
        assertThat(p).extracting(Placement::shown).containsExactly(true, true, false, false, false);
    }

    @Test
    void shownLabelsNeverOverlapInARow() {
        double[] centres = new double[40];
        double[] widths = new double[40];
        for (int i = 0; i < 40; i++) {
            centres[i] = 13 * i;
            widths[i] = 30 + i % 3 * 20;
        }
        List<Placement> p = MarkerLayout.place(centres, widths, 0, 500, 3);
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                Placement a = p.get(i);
                Placement b = p.get(j);
                if (a.shown() && b.shown() && a.row() == b.row()) {
                    assertThat(a.left() + widths[i] + MarkerLayout.GAP).isLessThanOrEqualTo(b.left());
                }
            }
            if (p.get(i).shown()) {
                assertThat(p.get(i).left()).isBetween(0.0, 500 - widths[i]);
            }
        }
    }
}
