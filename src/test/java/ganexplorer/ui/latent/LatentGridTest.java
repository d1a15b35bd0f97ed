package ganexplorer.ui.latent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ganexplorer.model.Prior;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LatentGridTest {
    private static final Offset<Float> EXACT = Offset.offset(1e-6f);
    private static final int CELLS = LatentGrid.SIDE * LatentGrid.SIDE;

    @Test
    void aTwoDimensionalLatentShouldSpanItsOwnCoordinates() {
        LatentGrid grid = new LatentGrid(2, 0, Prior.NORMAL);
        assertThat(grid.wide()).isFalse();
        assertThat(grid.horizontalChoices()).containsExactly(new Direction.Axis(0), new Direction.Axis(1));
        assertThat(grid.defaultHorizontal()).isEqualTo(new Direction.Axis(0));
        assertThat(grid.defaultVertical()).isEqualTo(new Direction.Axis(1));
        assertThat(grid.defaultSpan()).isEqualTo(1);
        assertThat(grid.range()).isEqualTo(3);
        assertThat(new LatentGrid(2, 0, Prior.UNIFORM).range()).isEqualTo(1);
    }

    @Test
    void aWideLatentShouldOfferTwoFixedPriorDrawsFirst() {
        LatentGrid grid = new LatentGrid(100, 0, Prior.NORMAL);
        assertThat(grid.horizontalChoices()).hasSize(101).first().isEqualTo(Direction.DRAW_A);
        assertThat(grid.verticalChoices()).first().isEqualTo(Direction.DRAW_B);
        assertThat(grid.defaultHorizontal()).isEqualTo(Direction.DRAW_A);
        assertThat(grid.defaultSpan()).isEqualTo(0.6);
        float[] a = grid.vector(Direction.DRAW_A);
        assertThat(a).hasSize(100).isNotEqualTo(grid.vector(Direction.DRAW_B));
        assertThat(new LatentGrid(100, 0, Prior.NORMAL).vector(Direction.DRAW_A)).as("the same draws in every run").containsExactly(a);
        a[0] = 99;
        assertThat(grid.vector(Direction.DRAW_A)[0]).as("a copy").isNotEqualTo(99);
    }

    @Test
    void cornersShouldLieSpanAwayAlongBothDirectionsAndTheMiddleCellAtTheSliderPoint() {
        LatentGrid grid = new LatentGrid(3, 0, Prior.NORMAL);
        GridRequest r = new GridRequest(new float[] {0.5f, -1, 2}, new Direction.Axis(0), new Direction.Axis(2), 0.8, LatentGrid.CLASS_PER_ROW);
        assertThat(grid.cellLatent(r, 0)).containsExactly(new float[] {-0.3f, -1, 1.2f}, EXACT);
        assertThat(grid.cellLatent(r, LatentGrid.SIDE - 1)).containsExactly(new float[] {1.3f, -1, 1.2f}, EXACT);
        assertThat(grid.cellLatent(r, CELLS - 1)).containsExactly(new float[] {1.3f, -1, 2.8f}, EXACT);
        assertThat(grid.cellLatent(r, CELLS / 2)).containsExactly(r.centre(), EXACT);
        assertThatThrownBy(() -> grid.cellLatent(r, CELLS)).hasMessageContaining("no cell " + CELLS);
    }

    @Test
    void theInputsShouldBeTheCellsRowByRowThenTheSliderPoint() {
        LatentGrid grid = new LatentGrid(2, 0, Prior.NORMAL);
        GridRequest r = new GridRequest(new float[] {1, 2}, new Direction.Axis(0), new Direction.Axis(1), 1, LatentGrid.CLASS_PER_ROW);
        float[] in = grid.inputs(r);
        assertThat(in).hasSize((CELLS + 1) * 2);
        for (int cell = 0; cell < CELLS; cell++) {
            assertThat(grid.latentOfRow(in, cell)).containsExactly(grid.cellLatent(r, cell), EXACT);
        }
        assertThat(grid.latentOfRow(in, CELLS)).containsExactly(1, 2);
    }

    @Test
    void aConditionalGridShouldDrawOneClassPerRowOrTheChosenOne() {
        LatentGrid grid = new LatentGrid(4, 10, Prior.NORMAL);
        assertThat(grid.inputs()).isEqualTo(14);
        GridRequest perRow = new GridRequest(new float[4], Direction.DRAW_A, Direction.DRAW_B, 0.6, LatentGrid.CLASS_PER_ROW);
        float[] in = grid.inputs(perRow);
        for (int cell = 0; cell < CELLS; cell++) {
            assertThat(oneHot(in, cell, grid)).as("cell " + cell).isEqualTo(cell / LatentGrid.SIDE);
        }
        assertThat(oneHot(in, CELLS, grid)).as("the slider point draws class 0").isZero();
        float[] three = grid.inputs(new GridRequest(new float[4], Direction.DRAW_A, Direction.DRAW_B, 0.6, 3));
        for (int cell = 0; cell <= CELLS; cell++) {
            assertThat(oneHot(three, cell, grid)).isEqualTo(3);
        }
        assertThat(new LatentGrid(4, 3, Prior.NORMAL).label(7, LatentGrid.CLASS_PER_ROW)).as("rows wrap round the classes").isEqualTo(1);
        assertThatThrownBy(() -> grid.label(0, 10)).hasMessageContaining("class 10 of 10");
        assertThatThrownBy(() -> new LatentGrid(4, 0, Prior.NORMAL).label(0, 0)).isInstanceOf(IllegalStateException.class);
    }

    /** The class whose one-hot bit is set in input row {@code cell}; fails unless exactly one is. */
    private static int oneHot(float[] in, int cell, LatentGrid grid) {
        int found = -1;
        for (int c = 0; c < grid.classes(); c++) {
            float v = in[cell * grid.inputs() + grid.latentDims() + c];
            assertThat(v).isIn(0f, 1f);
            if (v == 1) {
                assertThat(found).as("one label per row").isEqualTo(-1);
                found = c;
            }
        }
        return found;
    }

    @Test
    void theZPlaneShouldMoveTheChosenAxesOrZ0AndZ1() {
        LatentGrid grid = new LatentGrid(5, 0, Prior.NORMAL);
        assertThat(grid.padAxes(new Direction.Axis(3), new Direction.Axis(1))).containsExactly(3, 1);
        assertThat(grid.padAxes(Direction.DRAW_A, Direction.DRAW_B)).containsExactly(0, 1);
        assertThat(new LatentGrid(1, 0, Prior.NORMAL).padAxes(new Direction.Axis(0), new Direction.Axis(0))).isNull();
    }

    @Test
    void badDirectionsAndPointsShouldSayWhatIsWrong() {
        LatentGrid grid = new LatentGrid(2, 0, Prior.NORMAL);
        assertThatThrownBy(() -> grid.vector(new Direction.Axis(2))).hasMessageContaining("z2 is not a coordinate of a 2-d latent");
        assertThatThrownBy(() -> new Direction.Axis(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> grid.inputs(new GridRequest(new float[3], new Direction.Axis(0), new Direction.Axis(1), 1, -1)))
                .hasMessageContaining("3 values, the latent 2");
        assertThatThrownBy(() -> new LatentGrid(0, 0, Prior.NORMAL)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Direction.Axis(7)).hasToString("z7");
        assertThat(Direction.DRAW_B).hasToString("prior draw B");
    }
}
