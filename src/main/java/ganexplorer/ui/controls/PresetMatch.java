package ganexplorer.ui.controls;

import ganexplorer.train.ScheduledSwap;
import ganexplorer.train.SwapEvent;
import ganexplorer.train.TrainingConfig;
import java.util.List;

/**
 * Whether a running experiment is still its preset's: the same data, model, objective and settings. The seed does
 * not count (a reset with another seed is the same demonstration), nor does whether the settings are pinned. The
 * preset's own scheduled swaps do not make it another experiment: after them it is compared with what they make of
 * the preset.
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

    /**
     * As {@link #same(TrainingConfig, TrainingConfig)}, after the swaps that happened ({@code events}): when they are
     * the first of the preset's own schedule, at its steps, the preset is taken as those swaps leave it; any other
     * swap (one made by hand) makes the experiment the user's.
     */
    static boolean same(TrainingConfig preset, TrainingConfig running, List<SwapEvent> events) {
        List<ScheduledSwap> schedule = preset.swaps();
        if (events.size() > schedule.size()) {
            return false;
        }
        TrainingConfig expected = preset;
        for (int i = 0; i < events.size(); i++) {
            SwapEvent happened = events.get(i);
            ScheduledSwap planned = schedule.get(i);
            if (happened.step() != planned.step() || !happened.to().equals(planned.objective())) {
                return false;
            }
            expected = expected.withObjective(planned.objective()).withHyperparameters(expected.hyperparameters()
                    .afterSwapTo(expected.hyperparameters().objective(planned.objective())));
        }
        return same(expected, running);
    }
}
