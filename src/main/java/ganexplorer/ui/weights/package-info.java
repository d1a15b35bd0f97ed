/**
 * The critic-weights view: one histogram per layer of the critic's parameters from the trainer's snapshot, with
 * the clip's +-c under wgan-clip, and the live sentence that says how many weights sit there.
 */
package ganexplorer.ui.weights;
