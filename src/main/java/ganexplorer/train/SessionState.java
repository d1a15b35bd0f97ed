package ganexplorer.train;

import java.util.List;

/**
 * Everything needed to continue training exactly: weights, optimizer moments and counters, objective and settings.
 * Plain Java values, so it can be checkpointed, kept for NaN rollback, or handed across threads.
 */
public record SessionState(long step, long criticUpdates, String objective, Hyperparameters hyperparameters,
                           float[] generator, float[] critic, float[] generatorOptimizer, int generatorOptimizerIteration,
                           float[] criticOptimizer, int criticOptimizerIteration, List<SwapEvent> events) {
    public SessionState {
        events = List.copyOf(events);
    }

    public boolean isFinite() {
        return allFinite(generator) && allFinite(critic) && allFinite(generatorOptimizer) && allFinite(criticOptimizer);
    }

    private static boolean allFinite(float[] values) {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
