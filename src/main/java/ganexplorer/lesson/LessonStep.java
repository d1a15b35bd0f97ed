package ganexplorer.lesson;

import ganexplorer.train.ExperimentFile;
import ganexplorer.train.Expectation;
import ganexplorer.train.Preset;
import ganexplorer.train.Presets;
import ganexplorer.train.ScheduledSwap;
import ganexplorer.train.TrainingConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One experiment of a lesson: a built-in preset by name or an experiment written inline, what the teacher says over
 * it, and the cues at steps of its training. Its promises are its own {@code expectations} if it gives any, else its
 * preset's; a step whose cues swap the objective trains something else than its preset, so it must give its own.
 *
 * @param steps training steps the class watches (default: the preset's)
 */
public record LessonStep(String preset, ExperimentFile experiment, Text title, Text narration, Long steps,
                         List<Cue> cues, List<Expectation> expectations) {
    public LessonStep {
        cues = cues == null ? List.of() : cues.stream().sorted(Comparator.comparingLong(Cue::at)).toList();
        if ((preset == null) == (experiment == null)) {
            throw new IllegalArgumentException("a lesson step needs exactly one of \"preset\" (a built-in name) and "
                    + "\"experiment\" (an experiment written out)");
        }
        if (title == null || narration == null) {
            throw new IllegalArgumentException("a lesson step needs a title and a narration");
        }
        if (steps != null && steps < 1) {
            throw new IllegalArgumentException("a lesson step's steps must be at least 1, got " + steps);
        }
        Preset base = preset != null ? Presets.byName(preset) : experiment.preset();
        long length = steps != null ? steps : base.steps();
        for (Cue c : cues) {
            if (c.at() > length) {
                throw new IllegalArgumentException("a cue at step " + c.at() + " comes after the step's end (" + length
                        + " steps)");
            }
        }
        if (expectations == null && cues.stream().anyMatch(c -> c instanceof Cue.Swap) && !base.expectations().isEmpty()) {
            throw new IllegalArgumentException("this step swaps the objective, so its preset's promises do not apply: "
                    + "give it its own \"expectations\"");
        }
    }

    /** The preset it starts from. */
    public Preset base() {
        return preset != null ? Presets.byName(preset) : experiment.preset();
    }

    /** What it trains: the preset's experiment with the step's swaps added to its schedule. */
    public TrainingConfig config() {
        TrainingConfig config = base().config();
        List<ScheduledSwap> swaps = new ArrayList<>(config.swaps());
        cues.stream().filter(c -> c instanceof Cue.Swap).map(c -> ((Cue.Swap) c).scheduled()).forEach(swaps::add);
        return config.withSwaps(swaps);
    }

    /** How many steps the class watches. */
    public long length() {
        return steps != null ? steps : base().steps();
    }

    /** What it promises (may be empty: then there is nothing to check). */
    public List<Expectation> promises() {
        return expectations != null ? expectations : base().expectations();
    }
}
