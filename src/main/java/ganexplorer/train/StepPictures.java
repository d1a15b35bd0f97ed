package ganexplorer.train;

import ganexplorer.data.ImageData;

/**
 * What is drawn of the current step: the evaluation sample and the session's pictures around it. A metric row
 * needs the full evaluation sample; a picture refresh in the app draws only what the window shows, at most every
 * viewMillis and never for more than a tenth of the training time.
 */
final class StepPictures {
    private static final int VIEW_IMAGES = 64;

    private final TrainerOptions options;
    private EvaluationSample sample;
    private Pictures pictures;
    private long drawnAt;
    private long refreshCost;

    StepPictures(TrainerOptions options) {
        this.options = options;
    }

    /** Draws the session's current step: for a metric row when {@code forMetrics}, else as a picture refresh. */
    void draw(Session session, int evalSamples, boolean forMetrics) {
        drawnAt = System.nanoTime();
        int n = options.evalSamples() > 0 ? options.evalSamples() : evalSamples;
        if (!forMetrics && session.data() instanceof ImageData) {
            n = Math.min(n, VIEW_IMAGES); // the sample mosaics show 64; metrics need the full sample
        }
        sample = session.evaluationSample(n);
        // only the app draws the manifold and the push arrows
        pictures = session.pictures(sample, options.heatmapResolution(), options.viewMillis() > 0);
        if (!forMetrics) {
            refreshCost = System.nanoTime() - drawnAt;
        }
    }

    /** Whether the app's pictures are due for a refresh while training runs. */
    boolean refreshDue() {
        return options.viewMillis() > 0
                && System.nanoTime() - drawnAt >= Math.max(options.viewMillis() * 1_000_000L, 10 * refreshCost);
    }

    EvaluationSample sample() {
        return sample;
    }

    Pictures pictures() {
        return pictures;
    }
}
