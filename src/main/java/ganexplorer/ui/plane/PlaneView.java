package ganexplorer.ui.plane;

import ganexplorer.data.Bounds;

/**
 * Where the plane's box of data coordinates lands on screen: the square (left, top, side) in pixels, y pointing up.
 * Everything the plane draws goes through one of these, so drawing and mouse input agree.
 *
 * @param box the data coordinates shown (the data's box, or a larger one when the view is zoomed out)
 */
public record PlaneView(Bounds box, double left, double top, double side) {
    public double px(double x) {
        return left + (x - box.minX()) / box.width() * side;
    }

    public double py(double y) {
        return top + side - (y - box.minY()) / box.height() * side;
    }

    public double dataX(double px) {
        return box.minX() + (px - left) / side * box.width();
    }

    public double dataY(double py) {
        return box.minY() + (top + side - py) / side * box.height();
    }

    /** Pixels per data unit along x (the mode circles' radius scales with it). */
    public double scaleX() {
        return side / box.width();
    }

    /** Whether the pixel lies in the plot square; false for NaN, so a NaN point is never drawn. */
    public boolean shows(double px, double py) {
        return px >= left && px <= left + side && py >= top && py <= top + side;
    }

    /** Whether a data point would be drawn inside the plot square (with a margin of half a dot). */
    public boolean showsPoint(double x, double y, double margin) {
        double u = px(x);
        double v = py(y);
        return u >= left - margin && u <= left + side + margin && v >= top - margin && v <= top + side + margin;
    }
}
