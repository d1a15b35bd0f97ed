package ganexplorer.train;

import ganexplorer.data.Point;
import ganexplorer.data.PointMass;
import ganexplorer.data.PointSet;
import ganexplorer.data.Datasets;
import ganexplorer.data.ImageData;
import ganexplorer.data.Lines;
import ganexplorer.data.TrainingData;
import ganexplorer.model.DiracGan;
import ganexplorer.model.ShiftGan;
import ganexplorer.model.GanArchitecture;
import ganexplorer.objective.Objective;
import ganexplorer.objective.OptimizerSpec;
import java.util.Comparator;
import java.util.List;

/**
 * A whole experiment as one serialisable value: data, networks, objective, hyperparameters, seed, the swap
 * schedule and whether G trains. Saved in every checkpoint and output folder, so a run can be resumed or handed to
 * someone else.
 *
 * @param generator trained (the default, also for files written before it existed), frozen, or real data plus noise
 */
public record TrainingConfig(String dataset, List<Point> points, GanArchitecture architecture, String objective,
                             Hyperparameters hyperparameters, long seed, int logEvery, int evalSamples,
                             List<ScheduledSwap> swaps, GeneratorMode generator) {
    private static final int TOY_BATCH = 256;
    private static final int TOY_LOG_EVERY = 100;
    private static final int IMAGE_BATCH = 64;
    // image metrics embed 2 x 1,000 images: every 500 steps keeps them off the training's back
    private static final int IMAGE_LOG_EVERY = 500;
    /** Mescheder et al.'s learning rate for the Dirac GAN's plain SGD. */
    private static final double DIRAC_RATE = 0.2;

    /** An experiment whose generator trains. */
    public TrainingConfig(String dataset, List<Point> points, GanArchitecture architecture, String objective,
                          Hyperparameters hyperparameters, long seed, int logEvery, int evalSamples,
                          List<ScheduledSwap> swaps) {
        this(dataset, points, architecture, objective, hyperparameters, seed, logEvery, evalSamples, swaps,
                GeneratorMode.TRAINED);
    }

    public TrainingConfig {
        generator = generator == null ? GeneratorMode.TRAINED : generator;
        points = points == null ? List.of() : List.copyOf(points);
        swaps = swaps == null ? List.of() : swaps.stream().sorted(Comparator.comparingLong(ScheduledSwap::step)).toList();
        if (logEvery < 1) {
            throw new IllegalArgumentException("the log interval must be at least 1 step, got " + logEvery);
        }
        if (evalSamples < 2 || evalSamples > 20_000) {
            throw new IllegalArgumentException("evaluation samples (points per side, --eval-samples) must be between 2 and 20000, got " + evalSamples);
        }
        hyperparameters.objective(objective); // validates the objective's name
        if (dataset.equals("points") && points.isEmpty()) {
            throw new IllegalArgumentException("the 'points' dataset needs at least one point");
        }
        // validates the name or loads the file (kept, so the session does not read it again), then the model on it
        architecture.requireFits(dataOf(dataset, points));
        if (generator instanceof GeneratorMode.FixedNoise && architecture instanceof DiracGan) {
            throw new IllegalArgumentException("the Dirac GAN's generator is the number theta: it cannot be replaced "
                    + "by data plus noise (--fixed-generator); --freeze-generator holds theta where it starts");
        }
        if (generator instanceof GeneratorMode.FixedNoise && architecture instanceof ganexplorer.model.Dcgan d
                && d.conditional()) {
            throw new IllegalArgumentException("a fixed generator (--fixed-generator) has no labels to condition "
                    + "the critic on: use it with an unconditional model (--classes 0)");
        }
    }

    public TrainingData data() {
        return dataOf(dataset, points);
    }

    private static TrainingData dataOf(String dataset, List<Point> points) {
        return dataset.equals("points") ? new PointSet(points, 0.02) : Datasets.byName(dataset);
    }

    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(dataset, points, architecture, objective, hyperparameters, newSeed, logEvery, evalSamples,
                swaps, generator);
    }

    public TrainingConfig withHyperparameters(Hyperparameters h) {
        return new TrainingConfig(dataset, points, architecture, objective, h, seed, logEvery, evalSamples,
                swaps, generator);
    }

    public TrainingConfig withObjective(String id) {
        return new TrainingConfig(dataset, points, architecture, id, hyperparameters, seed, logEvery, evalSamples,
                swaps, generator);
    }

    public TrainingConfig withSwaps(List<ScheduledSwap> newSwaps) {
        return new TrainingConfig(dataset, points, architecture, objective, hyperparameters, seed, logEvery, evalSamples,
                newSwaps, generator);
    }

    /** The textbook start: ring8 (or the given dataset) with the objective's default optimizer. */
    public static TrainingConfig defaults(String dataset, Objective objective) {
        TrainingConfig ring = new TrainingConfig("ring8", null, GanArchitecture.TOY_DEFAULT, objective.id(),
                Hyperparameters.defaultsFor(objective, TOY_BATCH), 1, TOY_LOG_EVERY, 1000, null);
        return dataset == null ? ring : ring.withDataset(dataset, null);
    }

    /**
     * Another dataset, same experiment. Moving between points and images also moves to that kind's model (the
     * texts' image MLP GAN, or the toy MLP), batch size and log interval: a 2-D latent cannot draw digits.
     */
    public TrainingConfig withDataset(String name, List<Point> newPoints) {
        TrainingData next = name.equals("points") ? null : Datasets.byName(name);
        boolean images = next instanceof ImageData;
        boolean pointMass = next instanceof PointMass;
        // the shift generator draws the lines only: other data goes back to the toy MLP
        boolean keepsShift = !(architecture instanceof ShiftGan) || next instanceof Lines;
        if (images == data() instanceof ImageData && pointMass == architecture instanceof DiracGan && keepsShift) {
            return new TrainingConfig(name, newPoints, architecture, objective, hyperparameters, seed, logEvery, evalSamples,
                    swaps, generator);
        }
        if (pointMass) {
            // the paper's plain SGD at 0.2, one critic step; the two numbers are the whole state: a row every step
            Hyperparameters sgd = hyperparameters.withOptimizer(new OptimizerSpec.PlainSgd(DIRAC_RATE))
                    .withLearningRates(DIRAC_RATE, DIRAC_RATE).withCriticSteps(1);
            return new TrainingConfig(name, newPoints, DiracGan.PAPER, objective, sgd, seed, 1, evalSamples,
                swaps, generator);
        }
        return images
                ? new TrainingConfig(name, newPoints, GanArchitecture.IMAGE_MLP, objective,
                        hyperparameters.withBatchSize(IMAGE_BATCH), seed, IMAGE_LOG_EVERY, evalSamples, swaps, generator)
                : new TrainingConfig(name, newPoints, GanArchitecture.TOY_DEFAULT, objective,
                        hyperparameters.withBatchSize(TOY_BATCH), seed, TOY_LOG_EVERY, evalSamples, swaps, generator);
    }

    public TrainingConfig withGenerator(GeneratorMode mode) {
        return new TrainingConfig(dataset, points, architecture, objective, hyperparameters, seed, logEvery, evalSamples,
                swaps, mode);
    }

    public TrainingConfig withArchitecture(GanArchitecture a) {
        return new TrainingConfig(dataset, points, a, objective, hyperparameters, seed, logEvery, evalSamples,
                swaps, generator);
    }

    /** Points per side of each evaluation sample (W1, modes, critic estimate); 2,500 to compare with the papers. */
    public TrainingConfig withEvalSamples(int n) {
        return new TrainingConfig(dataset, points, architecture, objective, hyperparameters, seed, logEvery, n,
                swaps, generator);
    }

    public TrainingConfig withLogEvery(int every) {
        return new TrainingConfig(dataset, points, architecture, objective, hyperparameters, seed, every, evalSamples,
                swaps, generator);
    }
}
