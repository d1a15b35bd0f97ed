package ganexplorer.train;

import java.util.Arrays;

/**
 * The colour range of a critic heat map: its 2nd to 98th percentile, so a few extreme cells do not wash the map out.
 * Shared by the app's plane and the CLI's samples.png so both show the same picture.
 */
public record HeatRange(double low, double high) {
    public static HeatRange of(float[] values) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        return new HeatRange(sorted[(int) (0.02 * (sorted.length - 1))], sorted[(int) (0.98 * (sorted.length - 1))]);
    }

    /** Where v lies in the range, clamped to [0, 1]. */
    public double fraction(double v) {
        return Math.min(1, Math.max(0, (v - low) / Math.max(high - low, 1e-9)));
    }
}
