/**
 * The Wasserstein readout: the critic's own estimate (greyed, with an explanation, under objectives where it is not a
 * distance) beside the critic-free exact W1 (on images the sliced W), each with its trend. What it says is worked out
 * without Nodes in {@link ganexplorer.ui.readout.ReadoutText}, so every sentence is unit-tested.
 *
 * <p>Must not depend on: ND4J, {@code cli} or the other view packages.
 *
 * <p>Described in docs/DESIGN.md, section "Wasserstein readout".
 */
package ganexplorer.ui.readout;
