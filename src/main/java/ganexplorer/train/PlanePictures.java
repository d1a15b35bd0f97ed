package ganexplorer.train;

import ganexplorer.data.Bounds;
import ganexplorer.data.Modes;

/**
 * The toy plane of one step: points interleaved x, y, the box they live in and the data's modes.
 *
 * @param heatmap  the critic's raw output on a heatmapResolution^2 grid over {@code bounds}, rows from min y, or null
 * @param manifold G over a manifoldSide^2 grid in the first two latent dimensions, interleaved x, y, or null
 * @param push     -dL_G/dx at the first push.length/2 generated points (where G is pushed), or null; manifold and
 *                 push are null in headless runs, which do not draw them
 */
public record PlanePictures(float[] real, float[] fake, Bounds bounds, Modes modes, float[] heatmap,
                            int heatmapResolution, float[] manifold, int manifoldSide, float[] push) implements Pictures {
}
