package ganexplorer.train;

import ganexplorer.data.ImageData;
import ganexplorer.data.ToyDistribution;
import java.util.Arrays;

/**
 * What is drawn of the current step: the evaluation sample (real and generated points or images) and, for 2-D data,
 * the critic's heat map, the generator's manifold and the push arrows. A metric row needs the full evaluation
 * sample; a picture refresh in the app draws only what the window shows, at most every viewMillis and never for
 * more than a tenth of the training time.
 */
final class StepPictures {
    static final int MANIFOLD_SIDE = 21;
    private static final int PUSH_POINTS = 150;
    private static final int VIEW_IMAGES = 64;

    private final TrainerOptions options;
    private EvaluationSample sample;
    private float[] heatmap;
    private float[] manifold;
    private float[] push;
    private long drawnAt;
    private long refreshCost;

    StepPictures(TrainerOptions options) {
        this.options = options;
    }

    /** Draws the session's current step: for a metric row when {@code forMetrics}, else as a picture refresh. */
    void draw(GanSession session, int evalSamples, boolean forMetrics) {
        drawnAt = System.nanoTime();
        int n = options.evalSamples() > 0 ? options.evalSamples() : evalSamples;
        if (!forMetrics && session.data() instanceof ImageData) {
            n = Math.min(n, VIEW_IMAGES); // the sample mosaics show 64; metrics need the full sample
        }
        sample = session.evaluationSample(n);
        if (session.data() instanceof ToyDistribution toy) {
            if (options.heatmapResolution() > 0) {
                heatmap = session.criticHeatmap(toy.bounds(), options.heatmapResolution());
            }
            if (options.viewMillis() > 0) { // only the app draws the manifold and the push arrows
                manifold = session.manifold(MANIFOLD_SIDE);
                float[] fake = sample.fake();
                push = session.generatorPush(Arrays.copyOf(fake, Math.min(fake.length, 2 * PUSH_POINTS)));
            }
        } else {
            heatmap = null; // the plane's pictures exist for 2-D data only
            manifold = null;
            push = null;
        }
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

    float[] heatmap() {
        return heatmap;
    }

    float[] manifold() {
        return manifold;
    }

    float[] push() {
        return push;
    }
}
