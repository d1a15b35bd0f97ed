/**
 * The settings and run panel: preset, dataset, model, objective and hyperparameters, the run and step buttons.
 * {@link ganexplorer.ui.controls.ControlsModel} (no Nodes) derives what the panel shows from the newest snapshot and
 * turns the user's choices into {@link ganexplorer.train.Command}s; a refused value names its field
 * ({@link ganexplorer.ui.controls.SettingsForm}). It never waits for training.
 *
 * <p>Must not depend on: ND4J, {@code cli} or the other view packages; of {@code ui} it uses only the notice board.
 *
 * <p>Described in docs/DESIGN.md, section "The one data flow".
 */
package ganexplorer.ui.controls;
