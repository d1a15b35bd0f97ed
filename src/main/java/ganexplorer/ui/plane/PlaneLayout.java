package ganexplorer.ui.plane;

import java.util.function.DoubleUnaryOperator;

/**
 * Where the plot square and its legend go in the plane's area: the legend beside the square (a column on its right)
 * or below it (rows as wide as the square), whichever leaves the larger square. Both stay inside the area; in an
 * area too small for both the legend is left out (zero size).
 *
 * The first three numbers are the plot square (left, top, side), the last four the legend's box.
 */
public record PlaneLayout(double plotLeft, double plotTop, double side, double legendX, double legendY,
                          double legendWidth, double legendHeight) {
    static final double GAP = 8;
    /** Below this the plot would be too small to read: it takes the whole area and the legend is left out. */
    static final double MIN_SIDE = 120;

    /**
     * @param columnWidth  the legend's width as one column, and columnHeight its height then
     * @param heightAtWidth the legend's height when its rows are given this width
     */
    public static PlaneLayout of(double width, double height, double columnWidth, double columnHeight,
                                 DoubleUnaryOperator heightAtWidth) {
        double w = Math.max(0, width);
        double h = Math.max(0, height);
        double beside = columnHeight <= h ? Math.min(w - columnWidth - GAP, h) : -1;
        double wide = Math.min(w, h - heightAtWidth.applyAsDouble(w) - GAP);
        double rowsWidth = Math.min(w, Math.max(wide, columnWidth)); // rows no narrower than one entry
        double rowsHeight = Math.min(heightAtWidth.applyAsDouble(rowsWidth), h);
        double below = Math.min(w, h - rowsHeight - GAP);
        if (Math.max(beside, below) < MIN_SIDE) {
            double side = Math.floor(Math.min(w, h));
            return new PlaneLayout(Math.floor((w - side) / 2), Math.floor((h - side) / 2), side, 0, 0, 0, 0);
        }
        if (beside >= below) {
            double side = Math.floor(beside);
            double left = Math.floor((w - side - GAP - columnWidth) / 2);
            double top = Math.floor((h - side) / 2);
            return new PlaneLayout(left, top, side, left + side + GAP, top, columnWidth, Math.min(columnHeight, h - top));
        }
        double side = Math.floor(Math.max(0, below));
        double top = Math.floor(Math.max(0, (h - side - GAP - rowsHeight) / 2));
        double left = Math.floor((w - side) / 2);
        double legendX = Math.floor((w - rowsWidth) / 2);
        return new PlaneLayout(left, top, side, legendX, Math.min(top + side + GAP, h - rowsHeight), rowsWidth, rowsHeight);
    }

    public boolean hasLegend() {
        return legendWidth > 0 && legendHeight > 0;
    }

    public PlaneView view(ganexplorer.data.Bounds box) {
        return new PlaneView(box, plotLeft, plotTop, side);
    }
}
