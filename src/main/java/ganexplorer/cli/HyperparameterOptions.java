package ganexplorer.cli;

import ganexplorer.train.Hyperparameters;
import ganexplorer.train.UpdateScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options that change how the players are updated: for a new run, and for a resumed one (which starts with the
 * checkpoint's settings and changes only what is given, so a diverged run can go on with a lower learning rate).
 */
final class HyperparameterOptions {
    @Option(names = "--batch", description = "Batch size.")
    Integer batch;

    @Option(names = "--lr", description = "Learning rate of both networks (keeps the optimizer kind).")
    Double lr;

    @Option(names = "--g-lr", description = "Generator learning rate.")
    Double generatorLr;

    @Option(names = "--d-lr", description = "Critic learning rate.")
    Double criticLr;

    @Option(names = "--optimizer", description = "adam, rmsprop or sgd for both networks (default: the objective's).")
    String optimizer;

    @Option(names = "--beta1", description = "Adam's beta1.")
    Double beta1;

    @Option(names = "--beta2", description = "Adam's beta2.")
    Double beta2;

    @Option(names = "--critic-steps", description = "Critic updates per generator update.")
    Integer criticSteps;

    @Option(names = "--lambda", description = "Gradient penalty weight of wgan-gp (default 10).")
    Double lambda;

    @Option(names = "--clip", description = "Weight clip of wgan-clip (default 0.01).")
    Double clip;

    @Option(names = "--updates", paramLabel = "alternating|simultaneous", description = "alternating (default: the "
            + "critic steps, then G against the updated critic) or simultaneous (both gradients at the same "
            + "parameters, then both applied).")
    String updates;

    @Option(names = "--r1", paramLabel = "GAMMA", description = "R1 penalty (gamma/2) mean |grad_x D|^2 on real "
            + "samples, exact, on any objective and model (default 0: none); metrics.csv's d_loss includes it.")
    Double r1;

    @Option(names = "--r2", paramLabel = "GAMMA", description = "R2 penalty, the same on generated samples (default 0).")
    Double r2;

    boolean anyGiven() {
        return batch != null || lr != null || generatorLr != null || criticLr != null || optimizer != null || beta1 != null
                || beta2 != null || criticSteps != null || lambda != null || clip != null || updates != null || r1 != null || r2 != null;
    }

    /** {@code h} with the given options applied; the hyperparameters' own checks refuse bad values. */
    Hyperparameters apply(Hyperparameters h) {
        if (batch != null) {
            h = h.withBatchSize(batch);
        }
        if (optimizer != null || beta1 != null || beta2 != null) {
            h = h.withOptimizer(OptimizerChoice.parse(optimizer, beta1, beta2, h.criticOptimizer()));
        }
        if (lr != null) {
            h = h.withLearningRates(lr, lr);
        }
        if (generatorLr != null || criticLr != null) {
            h = h.withLearningRates(generatorLr != null ? generatorLr : h.generatorOptimizer().learningRate(),
                    criticLr != null ? criticLr : h.criticOptimizer().learningRate());
        }
        if (criticSteps != null) {
            h = h.withCriticSteps(criticSteps);
        }
        if (lambda != null || clip != null) {
            h = h.withPenalties(clip != null ? clip : h.clip(), lambda != null ? lambda : h.lambda());
        }
        if (updates != null) {
            h = h.withUpdates(UpdateScheme.parse(updates));
        }
        if (r1 != null || r2 != null) {
            h = h.withInputPenalties(r1 != null ? r1 : h.r1(), r2 != null ? r2 : h.r2());
        }
        return h;
    }

    /** What differs between two settings, one phrase per setting ("batch 256 -> 128"). */
    static List<String> changes(Hyperparameters before, Hyperparameters after) {
        List<String> c = new ArrayList<>();
        change(c, "batch", before.batchSize(), after.batchSize());
        change(c, "generator optimizer", before.generatorOptimizer().describe(), after.generatorOptimizer().describe());
        change(c, "critic optimizer", before.criticOptimizer().describe(), after.criticOptimizer().describe());
        change(c, "critic steps", before.criticSteps(), after.criticSteps());
        change(c, "clip", before.clip(), after.clip());
        change(c, "lambda", before.lambda(), after.lambda());
        change(c, "updates", before.updates().id(), after.updates().id());
        change(c, "r1", before.r1(), after.r1());
        change(c, "r2", before.r2(), after.r2());
        return c;
    }

    private static void change(List<String> changes, String name, Object before, Object after) {
        if (!before.equals(after)) {
            changes.add(String.format(Locale.ROOT, "%s %s -> %s", name, before, after));
        }
    }
}
