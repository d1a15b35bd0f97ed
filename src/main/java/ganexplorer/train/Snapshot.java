package ganexplorer.train;

import ganexplorer.objective.Objective;
import java.util.List;

/**
 * An immutable picture of the trainer, made of plain Java values only: what the UI draws and the CLI records. It is
 * the one source of truth about the running experiment: views derive everything they show from the newest one and
 * keep no copy of their own. Arrays are fresh copies that nobody writes after publication.
 *
 * @param experiment      which experiment this is: every command that starts a new one (a preset, a dataset, a
 *                        reset) makes a new id, and views drop what they hold from another
 * @param config          the experiment as it was started (its objective and hyperparameters are the starting ones)
 * @param objective       the objective training now (after swaps)
 * @param hyperparameters the settings training now
 * @param notices         the newest notices of this trainer, oldest first
 * @param history         metric rows of this experiment, in step order
 * @param pictures        what to draw of the current step
 * @param criticWeights   the critic's weights at the last logged step, as histograms ({@link CriticWeights#NONE}
 *                        where there is no network critic)
 */
public record Snapshot(long experiment, long step, RunState state, TrainingConfig config, Objective objective,
                       Hyperparameters hyperparameters, List<Notice> notices, List<MetricRow> history,
                       List<SwapEvent> events, IterationStats lastStats, Pictures pictures, GeneratorCopy generator,
                       double stepsPerSecond, CriticWeights criticWeights) {

    public Snapshot {
        criticWeights = criticWeights == null ? CriticWeights.NONE : criticWeights;
    }

    /** A snapshot without the critic's weights (views and tests that do not look at them). */
    public Snapshot(long experiment, long step, RunState state, TrainingConfig config, Objective objective,
                    Hyperparameters hyperparameters, List<Notice> notices, List<MetricRow> history,
                    List<SwapEvent> events, IterationStats lastStats, Pictures pictures, GeneratorCopy generator,
                    double stepsPerSecond) {
        this(experiment, step, state, config, objective, hyperparameters, notices, history, events, lastStats, pictures,
                generator, stepsPerSecond, CriticWeights.NONE);
    }

    /** The experiment as it runs now: the started one with the current objective and settings. */
    public TrainingConfig running() {
        return config.withObjective(objective.id()).withHyperparameters(hyperparameters);
    }

    public String dataset() {
        return config.dataset();
    }

    public boolean images() {
        return pictures instanceof ImagePictures;
    }

    /** The newest notice's text, or empty: for printing. */
    public String message() {
        Notice n = lastNotice();
        return n == null ? "" : n.text();
    }

    /** The newest notice, or null. */
    public Notice lastNotice() {
        return notices.isEmpty() ? null : notices.get(notices.size() - 1);
    }
}
