package ganexplorer.train;

/**
 * How a trainer runs, as opposed to what it trains.
 *
 * @param threads           native threads for ND4J (1 is fastest for the toy models)
 * @param stepLimit         stop after this many generator steps; 0 for no limit
 * @param runOnStart        start training at once rather than paused
 * @param snapshotMillis    least time between two published snapshots (33 ms is 30 per second)
 * @param heatmapResolution side of the critic heat map grid in snapshots; 0 for none
 * @param viewMillis        least time between fresh pictures (samples, heat map, manifold) while running; 0 to draw
 *                          them only on logged steps
 * @param evalSamples       points per side for pictures and metrics, or 0 for the experiment's own number; the app
 *                          uses 500, which makes the exact W1 about six times cheaper and keeps a 2-core machine
 *                          free for drawing
 * @param yieldToWindow     run the training and metric threads at a lower operating-system priority, so a window
 *                          gets the processor first whenever it needs it (see {@link BackgroundPriority})
 * @param paced             train a model too fast to follow at its own watching pace ({@link Session#watchPace()})
 */
public record TrainerOptions(int threads, long stepLimit, boolean runOnStart, long snapshotMillis, int heatmapResolution,
                             long viewMillis, int evalSamples, boolean yieldToWindow, boolean paced) {
    /** Unpaced. */
    public TrainerOptions(int threads, long stepLimit, boolean runOnStart, long snapshotMillis, int heatmapResolution,
                          long viewMillis, int evalSamples, boolean yieldToWindow) {
        this(threads, stepLimit, runOnStart, snapshotMillis, heatmapResolution, viewMillis, evalSamples, yieldToWindow,
                false);
    }

    public TrainerOptions {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be between 1 and 256, got " + threads);
        }
        if (stepLimit < 0) {
            throw new IllegalArgumentException("the step limit must not be negative, got " + stepLimit);
        }
        if (heatmapResolution < 0 || heatmapResolution > 512) {
            throw new IllegalArgumentException("heat map resolution must be between 0 and 512, got " + heatmapResolution);
        }
    }

    /** A headless run of {@code steps} steps. */
    public static TrainerOptions headless(int threads, long steps) {
        return new TrainerOptions(threads, steps, true, 1000, 64, 0, 0, false);
    }

    /** The desktop app: runs until paused, 30 snapshots a second, fast models paced for watching. */
    public static TrainerOptions interactive(int threads) {
        return new TrainerOptions(threads, 0, true, 33, 64, 100, 500, true, true);
    }
}
