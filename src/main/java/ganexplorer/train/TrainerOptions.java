package ganexplorer.train;

/**
 * How a trainer runs, as opposed to what it trains.
 *
 * @param threads           threads for the convolutions' per-sample work, or {@link #FASTEST} to choose per model
 *                          ({@link #threadsFor}); a fixed count keeps a run reproducible
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
    /** Choose the thread count per model: what the app does, since its user cannot be asked. */
    public static final int FASTEST = 0;

    /** Unpaced. */
    public TrainerOptions(int threads, long stepLimit, boolean runOnStart, long snapshotMillis, int heatmapResolution,
                          long viewMillis, int evalSamples, boolean yieldToWindow) {
        this(threads, stepLimit, runOnStart, snapshotMillis, heatmapResolution, viewMillis, evalSamples, yieldToWindow,
                false);
    }

    public TrainerOptions {
        if (threads != FASTEST && (threads < 1 || threads > 256)) {
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

    /**
     * The threads this experiment trains with. Chosen per model: a model without convolutions runs every operation on
     * the trainer thread, so more threads would only wait; a DCGAN gets one per core (measured on 2 cores, bce,
     * batch 64: 5.12 generator steps/s with 2 threads against 3.74 with 1, DESIGN.md "Threads and speed").
     */
    public int threadsFor(TrainingConfig config, int cores) {
        if (threads != FASTEST) {
            return threads;
        }
        return config.architecture().convolutional() ? Math.max(1, Math.min(cores, 256)) : 1;
    }
}
