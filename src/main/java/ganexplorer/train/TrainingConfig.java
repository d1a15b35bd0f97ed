package ganexplorer.train;

import ganexplorer.data.Point;
import ganexplorer.data.PointSet;
import ganexplorer.data.ToyDatasets;
import ganexplorer.data.ToyDistribution;
import ganexplorer.model.GanArchitecture;
import java.util.Comparator;
import java.util.List;

/**
 * A whole experiment as one serialisable value: data, networks, objective, hyperparameters, seed and the swap
 * schedule. Saved in every checkpoint and output folder, so a run can be resumed or handed to someone else.
 */
public record TrainingConfig(String dataset, List<Point> points, GanArchitecture architecture, String objective,
                             Hyperparameters hyperparameters, long seed, int logEvery, int evalSamples,
                             List<ScheduledSwap> swaps) {
    public TrainingConfig {
        points = points == null ? List.of() : List.copyOf(points);
        swaps = swaps == null ? List.of() : swaps.stream().sorted(Comparator.comparingLong(ScheduledSwap::step)).toList();
        if (logEvery < 1) {
            throw new IllegalArgumentException("the log interval must be at least 1 step, got " + logEvery);
        }
        if (evalSamples < 2 || evalSamples > 20_000) {
            throw new IllegalArgumentException("evaluation samples must be between 2 and 20000, got " + evalSamples);
        }
        hyperparameters.objective(objective); // validates the objective's name
        if (!dataset.equals("points")) {
            ToyDatasets.byName(dataset); // validates the dataset's name
        } else if (points.isEmpty()) {
            throw new IllegalArgumentException("the 'points' dataset needs at least one point");
        }
    }

    public ToyDistribution distribution() {
        return dataset.equals("points") ? new PointSet(points, 0.02) : ToyDatasets.byName(dataset);
    }

    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(dataset, points, architecture, objective, hyperparameters, newSeed, logEvery, evalSamples, swaps);
    }

    public TrainingConfig withHyperparameters(Hyperparameters h) {
        return new TrainingConfig(dataset, points, architecture, objective, h, seed, logEvery, evalSamples, swaps);
    }

    public TrainingConfig withObjective(String id) {
        return new TrainingConfig(dataset, points, architecture, id, hyperparameters, seed, logEvery, evalSamples, swaps);
    }

    public TrainingConfig withSwaps(List<ScheduledSwap> newSwaps) {
        return new TrainingConfig(dataset, points, architecture, objective, hyperparameters, seed, logEvery, evalSamples, newSwaps);
    }

    public TrainingConfig withDataset(String name, List<Point> newPoints) {
        return new TrainingConfig(name, newPoints, architecture, objective, hyperparameters, seed, logEvery, evalSamples, swaps);
    }

    public TrainingConfig withArchitecture(GanArchitecture a) {
        return new TrainingConfig(dataset, points, a, objective, hyperparameters, seed, logEvery, evalSamples, swaps);
    }

    public TrainingConfig withLogEvery(int every) {
        return new TrainingConfig(dataset, points, architecture, objective, hyperparameters, seed, every, evalSamples, swaps);
    }
}
