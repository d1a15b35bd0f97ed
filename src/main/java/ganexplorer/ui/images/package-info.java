/**
 * Image views: real and generated samples side by side, drawn as mosaics of tiles at their own resolution and scaled up
 * once without smoothing.
 *
 * <p>Must not depend on: ND4J, {@code cli} or the other view packages; it draws rows of pixels from snapshots.
 *
 * <p>Described in docs/DESIGN.md, section "The one data flow".
 */
package ganexplorer.ui.images;
