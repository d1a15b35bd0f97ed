package ganexplorer.train;

import ganexplorer.data.Point;
import java.nio.file.Path;
import java.util.List;

/**
 * What the outside world may ask of the trainer. Commands queue up and are applied only between steps, so a swap
 * or a change of settings never tears a step.
 */
public sealed interface Command {
    /** Train continuously until paused (or until the run's step limit). */
    record Start() implements Command {
    }

    record Pause() implements Command {
    }

    /**
     * Pause once the running experiment reaches generator step {@code step} (a lesson's pause cue: exact however
     * fast training runs, where a Pause sent on seeing the step would land a few steps late). A new experiment
     * forgets it.
     */
    record PauseAt(long step) implements Command {
        public PauseAt {
            if (step < 0) {
                throw new IllegalArgumentException("a pause step must not be negative, got " + step);
            }
        }
    }

    /** Advance by {@code count} units of {@code size} and stay paused. */
    record Step(StepSize size, int count) implements Command {
        public Step {
            if (count < 1 || count > 1_000_000) {
                throw new IllegalArgumentException("step count must be between 1 and 1000000, got " + count);
            }
        }
    }

    record SwapObjective(String objective) implements Command {
    }

    record SetHyperparameters(Hyperparameters hyperparameters) implements Command {
    }

    /** Train on another built-in distribution, or on drawn points when {@code name} is {@code points}. Restarts the run. */
    record ChangeDataset(String name, List<Point> points) implements Command {
        public ChangeDataset {
            points = points == null ? List.of() : List.copyOf(points);
        }
    }

    /** Starts a whole new experiment (a preset, another model size); the metric history starts over. */
    record NewExperiment(TrainingConfig config) implements Command {
    }

    /**
     * Continues a checkpointed run (as {@code train --resume} does): its experiment, its exact state and its metric
     * history. A state that does not fit its experiment is refused and the running experiment goes on.
     */
    record Resume(TrainingConfig config, SessionState state, List<MetricRow> history) implements Command {
        public Resume {
            if (config == null || state == null) {
                throw new IllegalArgumentException("a resume needs the checkpoint's experiment and state");
            }
            history = history == null ? List.of() : List.copyOf(history);
        }
    }

    /** Fresh networks from {@code seed}, same settings; the metric history starts over. */
    record Reset(long seed) implements Command {
    }

    /** Writes a checkpoint into {@code directory}, atomically. */
    record SaveCheckpoint(Path directory) implements Command {
    }

    /** Ends the trainer thread. */
    record Shutdown() implements Command {
    }

    /** The three step sizes of the app's Step buttons. */
    enum StepSize {
        CRITIC_UPDATE, GENERATOR_UPDATE, ITERATION
    }
}
