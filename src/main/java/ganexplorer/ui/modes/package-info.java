/**
 * Modes over time: a strip chart with one row per mode of the data (and one for samples near no mode), one column per
 * logged metric row, shaded by that mode's share of the generated samples, so collapse (one dark row), hopping (the
 * dark cell moving between rows) and coverage (every row grey) show at a glance. The shares are measured by the
 * metrics worker ({@code ToyMetrics.nearestShares}, {@code modeShares}) and read from the snapshot's history;
 * {@link ganexplorer.ui.modes.ModeStrip} bins and shades them without Nodes, {@link ganexplorer.ui.modes.ModeStripView}
 * only draws it. Its words are in {@link ganexplorer.ui.modes.ModesText}.
 *
 * <p>Must not depend on: ND4J, {@code cli} or the other view packages (but for {@code ui.plane}'s legend glyphs).
 *
 * <p>Described in docs/DESIGN.md, section "The one data flow".
 */
package ganexplorer.ui.modes;
