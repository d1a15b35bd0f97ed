package ganexplorer.files;

import ganexplorer.train.Checkpoint;
import ganexplorer.train.ExperimentFile;
import ganexplorer.train.ScheduledSwap;
import ganexplorer.train.SwapEvent;
import ganexplorer.train.TrainingConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The running setup as an experiment file: the experiment as started (data, model, objective, settings, seed) with
 * the objective swaps made so far added to its swap schedule, so opening the file replays the same run. Settings
 * edited during a run are saved as the starting settings (the file has no schedule for them).
 */
public final class SavedExperiment {

    private SavedExperiment() {
    }

    /**
     * @param started the experiment as the trainer started it (a snapshot's {@code config()})
     * @param events  the swaps made so far (a snapshot's {@code events()}), scheduled ones included
     * @param step    the step reached: the file's "steps", so the replay shows as much
     */
    public static ExperimentFile of(String name, String summary, TrainingConfig started, List<SwapEvent> events,
                                    long step) {
        List<ScheduledSwap> swaps = new ArrayList<>();
        for (SwapEvent e : events) {
            swaps.add(new ScheduledSwap(e.step(), e.to()));
        }
        for (ScheduledSwap planned : started.swaps()) {
            if (!swaps.contains(planned)) {
                swaps.add(planned); // still to come, or a swap to the objective already running (no event)
            }
        }
        return new ExperimentFile(ExperimentFile.FORMAT, name, summary, "", Math.max(1, step),
                started.withSwaps(swaps), List.of());
    }

    /**
     * Writes {@code file} whole: into a temporary file beside it, then moved over it, so a crash never leaves half a
     * file where a good one was. Asking before replacing an existing file is the caller's (the window's file chooser).
     */
    public static void write(ExperimentFile file, Path target) {
        try {
            Checkpoint.writeWhole(file, target, "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target + ": " + e.getMessage(), e);
        }
    }
}
