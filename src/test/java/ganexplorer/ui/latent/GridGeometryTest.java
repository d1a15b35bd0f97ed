package ganexplorer.ui.latent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ganexplorer.data.Bounds;
import ganexplorer.data.ImageShape;
import ganexplorer.data.Modes;
import ganexplorer.train.ImagePictures;
import ganexplorer.train.PlanePictures;
import org.junit.jupiter.api.Test;

class GridGeometryTest {
    private static final int SIDE = LatentGrid.SIDE;
    private static final int ROWS = SIDE * SIDE + 1;

    /** A plane frame whose cell k sits at data point (i, j) of a lattice on [-4, 4]^2, the slider point at 0. */
    static GridFrame lattice() {
        float[] out = new float[2 * ROWS];
        for (int k = 0; k < SIDE * SIDE; k++) {
            out[2 * k] = k % SIDE - 4;
            out[2 * k + 1] = 4 - k / SIDE; // the grid's top row is drawn at the top
        }
        PlanePictures plane = new PlanePictures(new float[0], new float[0], new Bounds(-5, 5, -5, 5), Modes.NONE, null, 0, null, 0, null);
        return new GridFrame(plane, out, 2, new float[ROWS * 2]);
    }

    static GridFrame images() {
        ImageShape shape = new ImageShape(1, 4, 4);
        return new GridFrame(new ImagePictures(new float[0], new float[0], shape), new float[16 * ROWS], 16, new float[ROWS * 2]);
    }

    @Test
    void aMeshDotShouldBePickedWhereItIsDrawnAndFromBesideIt() {
        GridFrame f = lattice();
        double[] c = GridGeometry.centre(f, 0, 400);
        assertThat(c[0]).isCloseTo(40, within(1e-9)); // x = -4 of [-5, 5] on 400 px
        assertThat(c[1]).as("y grows downwards").isCloseTo(40, within(1e-9));
        for (int k = 0; k < SIDE * SIDE; k++) {
            double[] at = GridGeometry.centre(f, k, 400);
            assertThat(GridGeometry.pick(f, 400, at[0], at[1])).isEqualTo(new GridGeometry.Hit(k, 0));
            GridGeometry.Hit beside = GridGeometry.pick(f, 400, at[0] + 12, at[1] - 9);
            assertThat(beside.cell()).as("15 px beside dot " + k).isEqualTo(k);
            assertThat(beside.picked()).isTrue();
        }
    }

    @Test
    void aClickFarFromEveryDotShouldNotPickButSayHowFar() {
        GridFrame f = lattice();
        GridGeometry.Hit corner = GridGeometry.pick(f, 400, 0, 0);
        assertThat(corner.cell()).isZero();
        assertThat(corner.distance()).isCloseTo(Math.hypot(40, 40), within(1e-9));
        assertThat(corner.picked()).isFalse();
        assertThat(new GridGeometry.Hit(3, GridGeometry.PICK_RADIUS).picked()).isTrue();
    }

    @Test
    void anImageCellShouldBePickedAnywhereInsideIt() {
        GridFrame f = images();
        assertThat(GridGeometry.pick(f, 360, 1, 1)).isEqualTo(new GridGeometry.Hit(0, 0));
        assertThat(GridGeometry.pick(f, 360, 39.9, 79.9).cell()).isEqualTo(SIDE);
        assertThat(GridGeometry.pick(f, 360, 359.9, 359.9).cell()).isEqualTo(SIDE * SIDE - 1);
        assertThat(GridGeometry.pick(f, 360, 360, 10)).isEqualTo(GridGeometry.Hit.NONE);
        assertThat(GridGeometry.pick(f, 360, -1, 10).cell()).isEqualTo(-1);
        double[] c = GridGeometry.centre(f, SIDE + 2, 360);
        assertThat(c).containsExactly(100, 60);
    }

    @Test
    void aFrameWithoutAWholeGridShouldPickNothing() {
        GridFrame failed = new GridFrame(lattice().pictures(), new float[0], 0, new float[0]);
        assertThat(failed.complete()).isFalse();
        assertThat(GridGeometry.pick(failed, 400, 40, 40)).isEqualTo(GridGeometry.Hit.NONE);
        assertThat(lattice().complete()).isTrue();
    }
}
