/**
 * The latent space tab: one slider per latent dimension, a z-plane, the 9 x 9 grid of generator outputs around the
 * slider point (computed by the trainer's inference worker, newest request first), and latent walks played and
 * exported as a PNG strip and an animated GIF. The grid's maths and the walk's state are plain Java
 * ({@code LatentGrid}, {@code GridGeometry}, {@code Walk}); {@link ganexplorer.ui.latent.LatentModel} and
 * {@link ganexplorer.ui.latent.WalkModel} are the tab's UI model (read-only properties, commands as methods, no
 * Nodes); the panel, grid view, slider table, z-plane and painter only show them.
 *
 * <p>Must not depend on: ND4J or {@code cli}; of the other views it reuses only {@code ui.images}' tile drawing and
 * {@code ui}'s export folder.
 *
 * <p>Described in docs/DESIGN.md, section "The one data flow".
 */
package ganexplorer.ui.latent;
