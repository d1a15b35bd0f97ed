package ganexplorer.train;

import ganexplorer.objective.Objective;
import ganexplorer.objective.OptimizerSpec;
import ganexplorer.objective.WganClip;
import ganexplorer.objective.WganGp;

/**
 * Everything about how the players are updated. When {@code pinned} is false, swapping the objective replaces the
 * optimizers and critic steps with the new objective's textbook preset; when true (a tuned preset, or the user set
 * them), they stay. The update scheme and the R1/R2 penalties belong to no objective: a swap keeps them.
 *
 * @param updates alternating (the default, also for files written before it existed) or simultaneous
 * @param r1      gamma of the R1 penalty (gamma/2) mean |grad_x D(x)|^2 on real samples, on any objective; 0 for none
 * @param r2      gamma of the R2 penalty, the same on generated samples; 0 for none
 */
public record Hyperparameters(int batchSize, OptimizerSpec generatorOptimizer, OptimizerSpec criticOptimizer,
                              int criticSteps, double clip, double lambda, boolean pinned, UpdateScheme updates,
                              double r1, double r2) {
    public static final int MAX_BATCH = 65_536;

    /** Alternating updates without R1/R2. */
    public Hyperparameters(int batchSize, OptimizerSpec generatorOptimizer, OptimizerSpec criticOptimizer,
                           int criticSteps, double clip, double lambda, boolean pinned) {
        this(batchSize, generatorOptimizer, criticOptimizer, criticSteps, clip, lambda, pinned, UpdateScheme.ALTERNATING,
                0, 0);
    }

    public Hyperparameters {
        updates = updates == null ? UpdateScheme.ALTERNATING : updates;
        for (double gamma : new double[] {r1, r2}) {
            if (!(gamma >= 0) || !Double.isFinite(gamma)) {
                throw new IllegalArgumentException("the R1 and R2 weights (gamma) must be finite and not negative "
                        + "(Mescheder et al. use 0.1 to 10), got " + gamma);
            }
        }
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
                objective.defaultCriticSteps(), clip, lambda, false, updates, r1, r2);
    }

    public Hyperparameters withLearningRates(double generatorRate, double criticRate) {
        return new Hyperparameters(batchSize, generatorOptimizer.withLearningRate(generatorRate),
                criticOptimizer.withLearningRate(criticRate), criticSteps, clip, lambda, true, updates, r1, r2);
    }

    /** The same optimizer for both networks, keeping each network's learning rate; pins the choice. */
    public Hyperparameters withOptimizer(OptimizerSpec both) {
        return new Hyperparameters(batchSize, both.withLearningRate(generatorOptimizer.learningRate()),
                both.withLearningRate(criticOptimizer.learningRate()), criticSteps, clip, lambda, true, updates, r1, r2);
    }

    public Hyperparameters withPenalties(double newClip, double newLambda) {
        return new Hyperparameters(batchSize, generatorOptimizer, criticOptimizer, criticSteps, newClip, newLambda, pinned,
                updates, r1, r2);
    }

    public Hyperparameters withBatchSize(int batch) {
        return new Hyperparameters(batch, generatorOptimizer, criticOptimizer, criticSteps, clip, lambda, pinned,
                updates, r1, r2);
    }

    public Hyperparameters withCriticSteps(int steps) {
        return new Hyperparameters(batchSize, generatorOptimizer, criticOptimizer, steps, clip, lambda, true,
                updates, r1, r2);
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
        return new Hyperparameters(batch, g, d, steps, newClip, newLambda, pin, updates, r1, r2);
    }

    /** The same settings whether pinned or not: what a preset's settings are compared by. */
    public Hyperparameters unpinned() {
        return new Hyperparameters(batchSize, generatorOptimizer, criticOptimizer, criticSteps, clip, lambda, false,
                updates, r1, r2);
    }

    public Hyperparameters withUpdates(UpdateScheme scheme) {
        return new Hyperparameters(batchSize, generatorOptimizer, criticOptimizer, criticSteps, clip, lambda, pinned,
                scheme, r1, r2);
    }

    public Hyperparameters withInputPenalties(double newR1, double newR2) {
        return new Hyperparameters(batchSize, generatorOptimizer, criticOptimizer, criticSteps, clip, lambda, pinned,
                updates, newR1, newR2);
    }

    public Objective objective(String id) {
        return Objective.of(id, clip, lambda);
    }
}
