package ganexplorer.ui;

import java.util.Arrays;

/** Gaps between rendered frames (or other durations) in a ring buffer, for the smoothness figures (99th percentile gap). */
public final class FrameStats {
    private final long[] gaps;
    private int count;
    private long last;
    private boolean started;

    public FrameStats(int capacity) {
        gaps = new long[capacity];
    }

    /** Records a duration directly (for work per frame rather than gaps). */
    void add(long nanos) {
        gaps[count % gaps.length] = nanos;
        count++;
    }

    void frame(long nanos) {
        if (started) {
            gaps[count % gaps.length] = nanos - last;
            count++;
        }
        started = true;
        last = nanos;
    }

    public int frames() {
        return Math.min(count, gaps.length);
    }

    /** The p-th percentile (0-100) of recent frame gaps in milliseconds, or NaN before two frames. */
    public double percentileMillis(double p) {
        int n = frames();
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(gaps, n);
        Arrays.sort(sorted);
        int index = (int) Math.min(n - 1, Math.ceil(p / 100 * n) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    public void reset() {
        count = 0;
        started = false;
    }
}
