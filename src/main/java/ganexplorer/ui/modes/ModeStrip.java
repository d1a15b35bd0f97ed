package ganexplorer.ui.modes;

import ganexplorer.metrics.ToyMetrics;
import ganexplorer.train.MetricRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The strip chart's content, FX-free: at each logged row of the experiment, each mode's share of the generated
 * samples it is the nearest mode of, and the share within no mode's radius (both as the metrics measured them),
 * binned into at most as many columns as there are pixels, and how dark each cell is. Nearest, not only within the
 * radius: a collapsed generator's blob often sits beside a mode (ring-collapse), and within the radius every row
 * would stay white; the row "near no mode" says how much lies off the modes. Rows measured without shares (older
 * checkpoints) are left out.
 *
 * @param modes   how many modes the data has (0: none, or no row measured yet)
 * @param columns oldest first
 */
public record ModeStrip(int modes, List<Column> columns) {
    /**
     * One column: the rows from {@code firstStep} to {@code lastStep}, each mode's mean share over them (of the
     * samples nearest it) and the mean share within no mode's radius.
     */
    public record Column(long firstStep, long lastStep, double[] shares, double offModes) {
    }

    /** The strip of these rows, in at most {@code maxColumns} columns of consecutive rows (at least one row each). */
    public static ModeStrip of(List<MetricRow> rows, int maxColumns) {
        List<MetricRow> measured = new ArrayList<>();
        int modes = 0;
        for (MetricRow r : rows) {
            if (r.quality() instanceof ToyMetrics t && t.nearestShares() != null && !t.nearestShares().isEmpty()
                    && t.modeShares() != null) {
                measured.add(r);
                modes = t.nearestShares().size();
            }
        }
        int n = measured.size();
        int width = Math.max(1, Math.min(maxColumns, n));
        List<Column> columns = new ArrayList<>(width);
        for (int c = 0; c < width && n > 0; c++) {
            int from = (int) ((long) c * n / width);
            int to = (int) ((long) (c + 1) * n / width);
            double[] sum = new double[modes];
            double near = 0;
            for (MetricRow r : measured.subList(from, to)) {
                ToyMetrics t = (ToyMetrics) r.quality();
                for (int m = 0; m < modes && m < t.nearestShares().size(); m++) {
                    sum[m] += t.nearestShares().get(m);
                }
                for (double within : t.modeShares()) {
                    near += within;
                }
            }
            for (int m = 0; m < modes; m++) {
                sum[m] /= to - from;
            }
            double off = Math.max(0, 1 - near / (to - from));
            columns.add(new Column(measured.get(from).step(), measured.get(to - 1).step(), sum, off));
        }
        return new ModeStrip(modes, List.copyOf(columns));
    }

    /**
     * How dark a cell of this share is, 0 (white) to 1: the square root, so the 1/8 each mode holds under full
     * coverage of ring8 shows (0.35) and a collapse onto one mode stands out (1). NaN stays NaN (not measured).
     */
    public static double shade(double share) {
        return Double.isNaN(share) ? Double.NaN : Math.sqrt(Math.max(0, Math.min(1, share)));
    }

    /** The mode holding the largest share in a column, or -1 when none holds any. */
    public static int dominant(Column c) {
        int best = -1;
        double most = 0;
        for (int m = 0; m < c.shares().length; m++) {
            if (c.shares()[m] > most) {
                most = c.shares()[m];
                best = m;
            }
        }
        return best;
    }
}
