/**
 * The toy plane: the critic's output as a heat map, real and generated points, the generator's manifold and the
 * arrows of its push, and a drawing mode that makes a target distribution from clicks.
 *
 * <p>Must not depend on: ND4J, {@code cli} or the other view packages; it draws snapshot arrays.
 *
 * <p>Described in docs/DESIGN.md, section "The one data flow".
 */
package ganexplorer.ui.plane;
