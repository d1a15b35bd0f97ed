package ganexplorer.ui.latent;

import ganexplorer.train.Pictures;

/**
 * One drawn state of the grid: G's outputs for the SIDE x SIDE cells and the slider point ({@code perRow} values
 * each), the inputs they came from (so a click anchors what is on screen, not where the sliders have moved since)
 * and the step's pictures (the image shape, or the plane's box and real points).
 */
record GridFrame(Pictures pictures, float[] outputs, int perRow, float[] inputs) {
    static final int ROWS = LatentGrid.SIDE * LatentGrid.SIDE + 1;

    /** Whether the outputs hold a whole grid plus the slider point (a failed request has none). */
    boolean complete() {
        return perRow > 0 && outputs.length >= perRow * ROWS;
    }
}
