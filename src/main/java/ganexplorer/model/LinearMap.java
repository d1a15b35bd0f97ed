package ganexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The weight part of a layer, y = A_W(x) on rows of samples: a dense product or a (transposed) convolution. The
 * three operations below are all that training and the exact gradient penalty need, since A_W is linear in x and
 * in W: its adjoint (the input gradient) and the derivative of a pairing with W.
 */
interface LinearMap {
    /** out = A_W(x); x [rows, inputs], out [rows, outputs]. */
    void apply(INDArray x, INDArray out);

    /** out = A_W^T(g): what an output gradient g [rows, outputs] means for the input [rows, inputs]. */
    void applyTranspose(INDArray g, INDArray out);

    /** weightGradient += d/dW sum(g * A_W(x)), the weight gradient of a loss whose output gradient is g. */
    void accumulateWeightGradient(INDArray x, INDArray g, INDArray weightGradient);

    /**
     * One layer of a backward pass: the weight gradient (when {@code weightGradient} is not null) and the input
     * gradient (when {@code inputGradient} is not null) for output gradient g and forward input x.
     */
    default void backward(INDArray x, INDArray g, INDArray weightGradient, INDArray inputGradient) {
        if (weightGradient != null) {
            accumulateWeightGradient(x, g, weightGradient);
        }
        if (inputGradient != null) {
            applyTranspose(g, inputGradient);
        }
    }

    /** A new forward pass begins: anything cached about earlier inputs is stale. */
    default void forgetColumns() {
    }
}
