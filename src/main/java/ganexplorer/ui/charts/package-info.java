/**
 * The live chartfx charts of losses, both Wasserstein numbers, gradient norms and coverage against the step, with a
 * labelled marker for every objective swap; rows are appended as snapshots bring them.
 *
 * <p>Must not depend on: ND4J, {@code cli} or the other view packages; it reads snapshots' metric rows only.
 *
 * <p>Described in docs/DESIGN.md, sections "The one data flow" and "Metrics".
 */
package ganexplorer.ui.charts;
