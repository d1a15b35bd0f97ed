package ganexplorer.train;

import ganexplorer.objective.OptimizerSpec;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * One network's optimizer: ND4J's updater working in place on the network's flat gradient vector, with its state
 * in one flat array so checkpoints and rollbacks copy it whole.
 */
final class ParameterOptimizer {
    private final INDArray params;
    private OptimizerSpec spec;
    private INDArray state;
    private GradientUpdater<?> updater;
    private int iteration;

    ParameterOptimizer(INDArray params, OptimizerSpec spec) {
        this.params = params;
        reset(spec);
    }

    /** Starts afresh with a (possibly new) optimizer: moments and the bias-correction counter are cleared. */
    void reset(OptimizerSpec newSpec) {
        this.spec = newSpec;
        IUpdater config = newSpec.toUpdater();
        long size = config.stateSize(params.length());
        state = size > 0 ? Nd4j.create(params.dataType(), 1, size) : null;
        updater = config.instantiate(state, true);
        iteration = 0;
    }

    /** Keeps the moments but changes settings such as the learning rate, as a running optimizer allows. */
    void retune(OptimizerSpec newSpec) {
        if (newSpec.getClass() != spec.getClass()) {
            INDArray old = state;
            int it = iteration;
            reset(newSpec);
            if (old != null && state != null && old.length() == state.length() && it > 0) {
                state.assign(old);
                iteration = it;
            }
            return;
        }
        IUpdater config = newSpec.toUpdater();
        this.spec = newSpec;
        updater = config.instantiate(state, false);
    }

    /** Applies one update from {@code gradients}, which the updater overwrites with the step it took. */
    void step(INDArray gradients) {
        updater.applyUpdater(gradients, iteration++, 0);
        params.subi(gradients);
    }

    OptimizerSpec spec() {
        return spec;
    }

    int iteration() {
        return iteration;
    }

    /** A copy of the state (possibly empty) for checkpoints and rollback. */
    float[] stateCopy() {
        return state == null ? new float[0] : state.data().asFloat();
    }

    void restore(float[] savedState, int savedIteration) {
        if (state != null) {
            if (savedState.length != state.length()) {
                throw new IllegalArgumentException("optimizer state has " + savedState.length + " values, expected " + state.length());
            }
            state.data().setData(savedState);
        }
        iteration = savedIteration;
    }
}
