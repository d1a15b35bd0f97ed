/**
 * The Explain panel: the running objective's critic and generator losses as formulas (JLaTeXMath, drawn off the FX
 * thread, with their Unicode text as the fallback), what the generator's loss does to its gradient, and what to look
 * for in the view on screen. The words come from {@link ganexplorer.ui.explain.ExplainText}, without Nodes, keyed on
 * the snapshot's objective and kind of pictures only, so the panel rebuilds on a swap and not on every frame.
 *
 * <p>Must not depend on: ND4J, {@code cli}, {@code train}'s trainer or session, or the other view packages.
 *
 * <p>Described in docs/DESIGN.md, section "Explain panel".
 */
package ganexplorer.ui.explain;
