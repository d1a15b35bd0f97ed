package ganexplorer.train;

import ganexplorer.data.TrainingData;
import ganexplorer.model.DiracGan;
import ganexplorer.objective.Objective;
import java.util.List;

/**
 * The model state a {@link Trainer} steps, whatever the model is: the trainer loop knows only this seam (today the
 * GAN of {@link GanSession}, the two-number game of {@link DiracSession}). Owned by one thread;
 * everything that leaves it is a plain Java copy.
 */
public interface Session {
    /** The session for an experiment. */
    static Session open(TrainingConfig config) {
        return config.architecture() instanceof DiracGan ? new DiracSession(config) : new GanSession(config);
    }

    TrainingConfig config();

    TrainingData data();

    /** Completed generator steps. */
    long step();

    Objective objective();

    Hyperparameters hyperparameters();

    /** Objective swaps so far, in order. */
    List<SwapEvent> events();

    /** What the last iteration measured, or null before the first. */
    IterationStats lastStats();

    /** One full iteration (critic steps, then a generator step); gradient norms only when asked (they cost a pass). */
    IterationStats iterate(boolean measureGradientNorms);

    /** One critic update or one generator update alone, for looking closely. */
    void halfStep(Command.StepSize size);

    /**
     * The most steps a second the app should train this model at so a class can follow it, or 0 for as fast as it
     * goes (networks are slow enough; the two-number Dirac GAN is not). Headless runs ignore it.
     */
    default double watchPace() {
        return 0;
    }

    /** Switches objective between steps, keeping the weights. */
    void swapObjective(String id);

    /** New settings between steps. */
    void setHyperparameters(Hyperparameters h);

    /** n real and n generated samples, drawn reproducibly for this step. */
    EvaluationSample evaluationSample(int n);

    /** The critic's parameters as histograms, measured at logged steps; none where there is no network critic. */
    default CriticWeights criticWeights(int bins) {
        return CriticWeights.NONE;
    }

    /**
     * The pictures of this step around {@code sample}: the heat map at {@code heatmapResolution} (0: none) and, when
     * {@code interactive}, what only the app draws (the manifold, the push arrows).
     */
    Pictures pictures(EvaluationSample sample, int heatmapResolution, boolean interactive);

    /**
     * A copy of the generator for an inference worker of the UI's own, or null when G is no network (the Dirac GAN, a
     * fixed generator of data plus noise).
     */
    GeneratorCopy generatorCopy();

    SessionState capture();

    void restore(SessionState state);
}
