package ganexplorer.train;

import ganexplorer.data.ImageData;
import ganexplorer.data.ImageShape;
import ganexplorer.data.TrainingData;
import ganexplorer.model.DiracGan;
import ganexplorer.model.GanArchitecture;
import ganexplorer.objective.OptimizerSpec;
import java.nio.file.Path;

/**
 * Checks a loaded checkpoint against the model its experiment builds, before anything is started or written: a
 * damaged file must be refused with what is wrong, not restored into a trainer that fails and saves fresh weights
 * over it.
 */
public final class CheckpointCheck {
    private CheckpointCheck() {
    }

    /** @throws IllegalArgumentException naming the file and what in it does not fit */
    public static void requireFits(Checkpoint c, Path file) {
        String where = file + ": ";
        String advice = "; the file was left as it is (restore it from a copy, or start a new run)";
        SessionState s = c.state();
        TrainingConfig config = c.config();
        Hyperparameters h = s.hyperparameters();
        if (h == null || s.objective() == null) {
            throw new IllegalArgumentException(where + "the training state has no " + (h == null ? "hyperparameters" : "objective") + advice);
        }
        try {
            h.objective(s.objective());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage() + advice);
        }
        if (s.step() < 0 || s.criticUpdates() < 0 || s.generatorOptimizerIteration() < 0 || s.criticOptimizerIteration() < 0) {
            throw new IllegalArgumentException(where + "the step counters are negative (step " + s.step() + ")" + advice);
        }
        TrainingData data = config.data();
        ImageShape image = data instanceof ImageData images ? images.shape() : null;
        GanArchitecture a = config.architecture();
        // the Dirac GAN's players are one number each
        long generator = a instanceof DiracGan ? 1 : a.generatorSpec(data.dimension(), image).parameterCount();
        long critic = a instanceof DiracGan ? 1 : a.criticSpec(data.dimension(), image).parameterCount();
        String problem = firstProblem(
                size("the generator's weights", s.generator(), generator),
                size("the critic's weights", s.critic(), critic),
                size("the generator's optimizer state", s.generatorOptimizer(), stateSize(h.generatorOptimizer(), generator)),
                size("the critic's optimizer state", s.criticOptimizer(), stateSize(h.criticOptimizer(), critic)));
        if (problem == null && !(finite(s.generator()) && finite(s.critic()) && finite(s.generatorOptimizer())
                && finite(s.criticOptimizer()))) {
            problem = "the weights or optimizer state hold NaN or infinite values";
        }
        if (problem != null) {
            throw new IllegalArgumentException(where + problem + advice);
        }
    }

    /** Values the optimizer keeps per network: Adam two per weight, RMSProp one, SGD none (then any saved state is ignored). */
    private static long stateSize(OptimizerSpec spec, long weights) {
        return spec.toUpdater().stateSize(weights);
    }

    private static String size(String what, float[] values, long needed) {
        if (needed == 0 || values != null && values.length == needed) {
            return null;
        }
        String verb = what.endsWith("s") ? " have " : " has ";
        return what + verb + (values == null ? "no" : values.length) + " values, the model needs " + needed;
    }

    /** A state SGD does not need may be absent. */
    private static boolean finite(float[] values) {
        if (values != null) {
            for (float v : values) {
                if (!Float.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String firstProblem(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
