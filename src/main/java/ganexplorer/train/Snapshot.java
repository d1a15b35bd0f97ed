package ganexplorer.train;

import ganexplorer.data.Bounds;
import ganexplorer.data.ImageShape;
import ganexplorer.data.Modes;
import ganexplorer.model.NetworkSpec;
import ganexplorer.model.Prior;
import java.util.List;

/**
 * An immutable picture of the trainer, made of plain Java values only: what the UI draws and the CLI records.
 * Arrays are fresh copies that nobody writes after publication.
 *
 * @param message      a sentence for the user (a NaN rollback, a bad command), or empty
 * @param real         evaluation real samples: points interleaved x, y, or images as rows of pixels in [-1, 1]
 * @param fake         evaluation generated samples, as {@code real}
 * @param bounds       the plane's box and the modes on it (null for images)
 * @param imageShape   the shape of one image (null for 2-D data)
 * @param heatmap      the critic's raw output on a heatmapResolution^2 grid over {@code bounds}, rows from min y
 * @param manifold     G over a manifoldSide^2 grid in the first two latent dimensions, interleaved x, y
 * @param push         -dL_G/dx at the first push.length/2 generated points: where the generator is pushed
 *                     (manifold and push are null in headless runs, which do not draw them)
 * @param classes      how many labels G is conditioned on (its last inputs are a label's one-hot code), or 0
 * @param generatorWeights a copy of G's flat parameters, for an inference worker of its own
 */
public record Snapshot(long step, RunState state, String objective, Hyperparameters hyperparameters, String dataset,
                       String message, List<MetricRow> history, List<SwapEvent> events, IterationStats lastStats,
                       float[] real, float[] fake, Bounds bounds, Modes modes, ImageShape imageShape, float[] heatmap,
                       int heatmapResolution,
                       float[] manifold, int manifoldSide, float[] push,
                       NetworkSpec generatorSpec, Prior prior, int classes, float[] generatorWeights, double stepsPerSecond) {
}
