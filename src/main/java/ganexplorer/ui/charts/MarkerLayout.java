package ganexplorer.ui.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the labels of swap markers go on one chart: each just right of its line like a flag (left of it where the
 * plot ends), always inside the plot, stacked in rows above the x axis so that labels of close swaps do not cover
 * each other. A label with no free row is left out (its line and the line's tooltip stay), rather than drawn over
 * another one.
 */
final class MarkerLayout {
    /** The gap kept between two labels in one row, in pixels. */
    static final double GAP = 4;
    /** The gap between a line and its label. */
    static final double OFFSET = 2;

    /** A label's left edge and row (0 is the lowest), or row -1 for a label left out. */
    record Placement(double left, int row) {
        boolean shown() {
            return row >= 0;
        }
    }

    private MarkerLayout() {
    }

    /**
     * @param centres where each marker's line is, in pixels, in the order of the swaps (so left to right)
     * @param widths  each label's width
     * @param rows    how many rows of labels the plot has room for
     */
    static List<Placement> place(double[] centres, double[] widths, double plotLeft, double plotRight, int rows) {
        double[] rowEnd = new double[Math.max(0, rows)];
        java.util.Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        List<Placement> out = new ArrayList<>(centres.length);
        for (int i = 0; i < centres.length; i++) {
            double c = centres[i];
            double w = widths[i];
            if (!(c >= plotLeft && c <= plotRight) || w > plotRight - plotLeft) {
                out.add(new Placement(Double.NaN, -1)); // the line is off the plot (zoomed or windowed away)
                continue;
            }
            double left = c + OFFSET + w <= plotRight ? c + OFFSET : Math.max(plotLeft, c - OFFSET - w);
            int row = -1;
            for (int r = 0; r < rowEnd.length && row < 0; r++) {
                if (rowEnd[r] + GAP <= left) {
                    row = r;
                }
            }
            if (row >= 0) {
                rowEnd[row] = left + w;
            }
            out.add(new Placement(row >= 0 ? left : Double.NaN, row));
        }
        return out;
    }
}
