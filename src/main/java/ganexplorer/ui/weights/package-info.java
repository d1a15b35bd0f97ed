/**
 * The critic-weights view: one histogram per layer of the critic's parameters ({@code train.CriticWeights}, measured
 * on the trainer thread at logged steps and carried by the snapshot), with the clip's ±c under wgan-clip, and the
 * live sentence that says how many weights sit there ({@link ganexplorer.ui.weights.WeightsText}, without Nodes).
 *
 * <p>Must not depend on: ND4J, {@code cli} or the other view packages.
 *
 * <p>Described in docs/DESIGN.md, section "The one data flow".
 */
package ganexplorer.ui.weights;
