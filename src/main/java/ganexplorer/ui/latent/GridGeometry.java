package ganexplorer.ui.latent;

import ganexplorer.data.Bounds;
import ganexplorer.train.ImagePictures;
import ganexplorer.train.PlanePictures;

/**
 * Where the grid's cells sit on a square canvas of {@code size} pixels, shared by drawing and picking so a dot is
 * hit where it is drawn: images tile the square row by row, 2-D outputs are points mapped from the data's box.
 */
final class GridGeometry {
    /** A mesh dot's radius as drawn. */
    static final double DOT_RADIUS = 4.5;
    /** A click this close to a dot's centre picks it (about a grid spacing on a 400-pixel canvas). */
    static final double PICK_RADIUS = 24;

    private GridGeometry() {
    }

    /** The cell nearest a canvas point and how far its centre is; cell -1 when the point is off the grid. */
    record Hit(int cell, double distance) {
        static final Hit NONE = new Hit(-1, Double.POSITIVE_INFINITY);

        boolean picked() {
            return cell >= 0 && distance <= PICK_RADIUS;
        }
    }

    /** The centre of {@code cell} in canvas pixels. */
    static double[] centre(GridFrame f, int cell, double size) {
        int side = LatentGrid.SIDE;
        if (f.pictures() instanceof ImagePictures) {
            double pitch = size / side;
            return new double[] {(cell % side + 0.5) * pitch, (cell / side + 0.5) * pitch};
        }
        Bounds b = ((PlanePictures) f.pictures()).bounds();
        float[] o = f.outputs();
        return new double[] {x(o[f.perRow() * cell], b, size), y(o[f.perRow() * cell + 1], b, size)};
    }

    /**
     * The cell a click at (px, py) means: the image under it (distance 0), or the nearest mesh dot and its distance
     * (the caller decides with {@link Hit#picked()} whether it is near enough).
     */
    static Hit pick(GridFrame f, double size, double px, double py) {
        int side = LatentGrid.SIDE;
        if (!f.complete()) {
            return Hit.NONE;
        }
        if (f.pictures() instanceof ImagePictures) {
            if (px < 0 || py < 0 || px >= size || py >= size) {
                return Hit.NONE;
            }
            double pitch = size / side;
            int i = Math.min(side - 1, (int) (px / pitch));
            int j = Math.min(side - 1, (int) (py / pitch));
            return new Hit(j * side + i, 0);
        }
        Hit best = Hit.NONE;
        for (int k = 0; k < side * side; k++) {
            double[] c = centre(f, k, size);
            double d = Math.hypot(c[0] - px, c[1] - py);
            if (d < best.distance()) {
                best = new Hit(k, d);
            }
        }
        return best;
    }

    static double x(double v, Bounds b, double size) {
        return (v - b.minX()) / b.width() * size;
    }

    static double y(double v, Bounds b, double size) {
        return size - (v - b.minY()) / b.height() * size;
    }
}
