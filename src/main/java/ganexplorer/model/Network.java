package ganexplorer.model;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A generator or critic with a hand-written backward pass: one flat parameter vector and one flat gradient vector
 * (so optimizers, clipping, checkpoints and snapshots each touch a single array), rows of samples in and out.
 * Gradients accumulate until {@link #zeroGradients()}.
 */
public interface Network {
    NetworkSpec spec();

    DataType dataType();

    /** Fresh weights from the network's own initialisation scheme. */
    void initialize(RandomGenerator rng);

    /**
     * The training-mode forward pass (batch norm uses the batch's statistics and updates its running ones). The
     * result is a buffer owned by the network, valid until the next pass with as many rows.
     */
    INDArray forward(INDArray x);

    /** The inference-mode forward pass: batch norm uses its running statistics, so a sample does not depend on the rest. */
    default INDArray infer(INDArray x) {
        return forward(x);
    }

    /**
     * Back-propagates dLoss/dOutput through the last training pass with that many rows; adds parameter gradients
     * when asked; returns dLoss/dInput when asked, else null.
     */
    INDArray backward(INDArray outputGradient, boolean accumulateParameterGradients, boolean wantInputGradient);

    /**
     * Adds the exact gradient of the penalty weight * mean((|grad_x D(x)|_2 - target)^2) at the rows of x into the
     * gradients and returns its value and the mean gradient norm. Critics only: one linear output, no batch norm.
     */
    PenaltyValue addGradientPenalty(INDArray x, GradientPenalty penalty);

    /** The WGAN-GP penalty lambda * mean((|grad_x D(x)|_2 - 1)^2), as {@link #addGradientPenalty(INDArray, GradientPenalty)}. */
    default PenaltyValue addGradientPenalty(INDArray x, double lambda) {
        return addGradientPenalty(x, GradientPenalty.wganGp(lambda));
    }

    /**
     * After {@link #backward} with {@code wantInputGradient} on {@code rows} rows: for each hidden layer, input side
     * first, the root-mean-square over the rows of |dLoss/d(its activations)|, the quantity whose growth or decay
     * with depth the WGAN-GP paper's Fig. 1b plots. Empty for networks that do not keep them.
     */
    default double[] hiddenGradientNorms(int rows) {
        return new double[0];
    }

    INDArray parameters();

    INDArray gradients();

    void zeroGradients();

    void setParameters(float[] values);

    void setParameters(double[] values);

    float[] parametersCopy();
}
