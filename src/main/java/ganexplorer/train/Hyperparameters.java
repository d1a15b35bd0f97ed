package ganexplorer.train;

import ganexplorer.objective.Objective;
import ganexplorer.objective.OptimizerSpec;
import ganexplorer.objective.WganClip;
import ganexplorer.objective.WganGp;

/**
 * Everything about how the players are updated. When {@code pinned} is false, swapping the objective replaces the
 * optimizers and critic steps with the new objective's textbook preset; when true (a tuned preset, or the user set
 * them), they stay.
 */
public record Hyperparameters(int batchSize, OptimizerSpec generatorOptimizer, OptimizerSpec criticOptimizer,
                              int criticSteps, double clip, double lambda, boolean pinned) {
    public static final int MAX_BATCH = 65_536;

    public Hyperparameters {
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("batch size must be between 1 and " + MAX_BATCH + ", got " + batchSize);
        }
        if (criticSteps < 1 || criticSteps > 100) {
            throw new IllegalArgumentException("critic steps per generator step must be between 1 and 100, got " + criticSteps);
        }
        // The objectives validate clip and lambda with their own messages.
        new WganClip(clip);
        new WganGp(lambda);
    }

    /** The textbook settings of an objective. */
    public static Hyperparameters defaultsFor(Objective objective, int batchSize) {
        return new Hyperparameters(batchSize, objective.defaultOptimizer(), objective.defaultOptimizer(),
                objective.defaultCriticSteps(), WganClip.DEFAULT_CLIP, WganGp.DEFAULT_LAMBDA, false);
    }

    /** What to train with after swapping to {@code objective}. */
    public Hyperparameters afterSwapTo(Objective objective) {
        if (pinned) {
            return this;
        }
        return new Hyperparameters(batchSize, objective.defaultOptimizer(), objective.defaultOptimizer(),
                objective.defaultCriticSteps(), clip, lambda, false);
    }

    public Hyperparameters withLearningRates(double generatorRate, double criticRate) {
        return new Hyperparameters(batchSize, generatorOptimizer.withLearningRate(generatorRate),
                criticOptimizer.withLearningRate(criticRate), criticSteps, clip, lambda, true);
    }

    /** The same optimizer for both networks, keeping each network's learning rate; pins the choice. */
    public Hyperparameters withOptimizer(OptimizerSpec both) {
        return new Hyperparameters(batchSize, both.withLearningRate(generatorOptimizer.learningRate()),
                both.withLearningRate(criticOptimizer.learningRate()), criticSteps, clip, lambda, true);
    }

    public Hyperparameters withPenalties(double newClip, double newLambda) {
        return new Hyperparameters(batchSize, generatorOptimizer, criticOptimizer, criticSteps, newClip, newLambda, pinned);
    }

    public Hyperparameters withBatchSize(int batch) {
        return new Hyperparameters(batch, generatorOptimizer, criticOptimizer, criticSteps, clip, lambda, pinned);
    }

    public Hyperparameters withCriticSteps(int steps) {
        return new Hyperparameters(batchSize, generatorOptimizer, criticOptimizer, steps, clip, lambda, true);
    }

    /**
     * These settings as edited in a form: new learning rates keep each optimizer's kind, and changing a rate or the
     * critic steps pins the optimizers, so a later swap keeps what the user chose.
     */
    public Hyperparameters edited(int batch, double generatorRate, double criticRate, int steps, double newClip,
                                  double newLambda) {
        OptimizerSpec g = generatorOptimizer.withLearningRate(generatorRate);
        OptimizerSpec d = criticOptimizer.withLearningRate(criticRate);
        boolean pin = pinned || !g.equals(generatorOptimizer) || !d.equals(criticOptimizer) || steps != criticSteps;
        return new Hyperparameters(batch, g, d, steps, newClip, newLambda, pin);
    }

    /** The same settings whether pinned or not: what a preset's settings are compared by. */
    public Hyperparameters unpinned() {
        return new Hyperparameters(batchSize, generatorOptimizer, criticOptimizer, criticSteps, clip, lambda, false);
    }

    public Objective objective(String id) {
        return Objective.of(id, clip, lambda);
    }
}
