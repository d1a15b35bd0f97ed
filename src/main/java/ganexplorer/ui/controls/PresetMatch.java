package ganexplorer.ui.controls;

import ganexplorer.train.TrainingConfig;

/**
 * Whether a running experiment is still its preset's: the same data, model, objective and settings. The seed does
 * not count (a reset with another seed is the same demonstration), nor does whether the settings are pinned.
 */
final class PresetMatch {
    private PresetMatch() {
    }

    static boolean same(TrainingConfig preset, TrainingConfig running) {
        return preset.dataset().equals(running.dataset()) && preset.points().equals(running.points())
                && preset.architecture().equals(running.architecture()) && preset.objective().equals(running.objective())
                && preset.hyperparameters().unpinned().equals(running.hyperparameters().unpinned())
                && preset.logEvery() == running.logEvery() && preset.evalSamples() == running.evalSamples();
    }
}
