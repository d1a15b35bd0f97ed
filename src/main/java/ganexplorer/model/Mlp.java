package ganexplorer.model;

import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected network with a hand-written backward pass on ND4J.
 *
 * <p>All weights live in one flat parameter vector (and all gradients in one flat gradient vector) with per-layer
 * views, so optimizers, weight clipping, checkpoints and snapshots each touch a single array. Activations for each
 * batch size are kept in reusable buffers: a forward or backward pass allocates nothing. Written directly in ND4J ops
 * because that ran about twice as fast as SameDiff on these models (DESIGN.md).
 *
 * <p>Gradients accumulate: callers zero {@link #gradients()} before a step, so loss terms (the critic loss and the
 * gradient penalty) can add into the same vector.
 */
public final class Mlp extends FlatNetwork {
    private final MlpSpec spec;
    private final DataType dtype;
    private final INDArray[] weights;
    private final INDArray[] biases;
    private final INDArray[] weightGrads;
    private final INDArray[] biasGrads;
    private final Map<Integer, Pass> passes = new HashMap<>();
    private final PenaltyBackprop penalty = new PenaltyBackprop(this);

    public Mlp(MlpSpec spec, DataType dtype) {
        super(dtype, spec.parameterCount());
        this.spec = spec;
        this.dtype = dtype;
        int layers = spec.layerCount();
        weights = new INDArray[layers];
        biases = new INDArray[layers];
        weightGrads = new INDArray[layers];
        biasGrads = new INDArray[layers];
        long offset = 0;
        for (int l = 0; l < layers; l++) {
            int in = spec.layerInputs(l);
            int out = spec.layerOutputs(l);
            weights[l] = valueView(offset, in, out);
            weightGrads[l] = gradientView(offset, in, out);
            offset += (long) in * out;
            biases[l] = valueView(offset, 1, out);
            biasGrads[l] = gradientView(offset, 1, out);
            offset += out;
        }
    }

    /** PyTorch's default Linear initialisation: weights and biases uniform in +-1/sqrt(fan_in). */
    @Override
    public void initialize(RandomGenerator rng) {
        double[] values = new double[(int) spec.parameterCount()];
        int i = 0;
        for (int l = 0; l < spec.layerCount(); l++) {
            double bound = 1 / Math.sqrt(spec.layerInputs(l));
            int count = spec.layerInputs(l) * spec.layerOutputs(l) + spec.layerOutputs(l);
            for (int k = 0; k < count; k++) {
                values[i++] = bound * (2 * rng.nextDouble() - 1);
            }
        }
        setParameters(values);
    }

    @Override
    public MlpSpec spec() {
        return spec;
    }

    INDArray weight(int layer) {
        return weights[layer];
    }

    INDArray weightGradient(int layer) {
        return weightGrads[layer];
    }

    Pass pass(int rows) {
        return passes.computeIfAbsent(rows, r -> new Pass(spec, dtype, r));
    }

    /**
     * Runs the network on {@code x} [rows, inputs]. The result is a buffer owned by this network that stays valid
     * until the next forward pass with the same number of rows; the pass is remembered for {@link #backward}.
     */
    @Override
    public INDArray forward(INDArray x) {
        if (x.columns() != spec.inputs()) {
            throw new IllegalArgumentException("expected " + spec.inputs() + " input columns, got " + x.columns());
        }
        Pass p = pass((int) x.rows());
        p.input = x;
        INDArray h = x;
        for (int l = 0; l < spec.layerCount(); l++) {
            // z = 1 b + h W: the bias as a rank-1 product, then the product accumulated on top (cheaper than a broadcast add)
            Gemm.gemm(p.ones, false, biases[l], false, p.z[l], 1.0, 0.0);
            Gemm.gemm(h, false, weights[l], false, p.z[l], 1.0, 1.0);
            Activation f = spec.layerActivation(l);
            if (f != Activation.IDENTITY) {
                f.apply(p.z[l], p.a[l]);
            }
            h = p.a[l];
        }
        return h;
    }

    /**
     * Back-propagates {@code outputGradient} (dLoss/dOutput, [rows, outputs]) through the last forward pass with
     * that many rows. Adds parameter gradients into {@link #gradients()} when {@code accumulateParameterGradients};
     * returns dLoss/dInput when {@code wantInputGradient}, else null.
     */
    @Override
    public INDArray backward(INDArray outputGradient, boolean accumulateParameterGradients, boolean wantInputGradient) {
        return backward(pass((int) outputGradient.rows()), outputGradient, null, accumulateParameterGradients, wantInputGradient);
    }

    /**
     * The general backward pass. {@code preActivationExtra[l]}, where not null, is added to dLoss/dz_l: the
     * gradient penalty's second-order terms enter the ordinary backward pass this way. A null output gradient is zero.
     */
    INDArray backward(Pass p, INDArray outputGradient, INDArray[] preActivationExtra,
                      boolean accumulateParameterGradients, boolean wantInputGradient) {
        int last = spec.layerCount() - 1;
        INDArray delta = p.delta[last];
        if (outputGradient == null) {
            delta.assign(0);
        } else if (spec.layerActivation(last) == Activation.IDENTITY) {
            delta.assign(outputGradient);
        } else {
            spec.layerActivation(last).derivative(p.z[last], p.a[last], delta);
            delta.muli(outputGradient);
        }
        for (int l = last; l >= 0; l--) {
            if (preActivationExtra != null && preActivationExtra[l] != null) {
                delta.addi(preActivationExtra[l]);
            }
            INDArray layerInput = l == 0 ? p.input : p.a[l - 1];
            if (accumulateParameterGradients) {
                Gemm.gemm(layerInput, true, delta, false, weightGrads[l], 1.0, 1.0);
                Gemm.gemm(p.ones, true, delta, false, biasGrads[l], 1.0, 1.0);
            }
            if (l == 0 && !wantInputGradient) {
                return null;
            }
            Gemm.gemm(delta, false, weights[l], true, p.inputGrad[l], 1.0, 0.0);
            if (l > 0) {
                INDArray below = p.delta[l - 1];
                spec.layerActivation(l - 1).derivative(p.z[l - 1], p.a[l - 1], below);
                below.muli(p.inputGrad[l]);
                delta = below;
            }
        }
        return p.inputGrad[0];
    }

    /** p.inputGrad[l] is dLoss/d(a_{l-1}): the gradient at hidden layer l-1's activations, for l >= 1. */
    @Override
    public double[] hiddenGradientNorms(int rows) {
        Pass p = pass(rows);
        double[] norms = new double[spec.layerCount() - 1];
        for (int l = 1; l < spec.layerCount(); l++) {
            norms[l - 1] = p.inputGrad[l].norm2Number().doubleValue() / Math.sqrt(rows);
        }
        return norms;
    }

    /**
     * Adds the gradient of the penalty (WGAN-GP's, R1, R2) with respect to every weight into {@link #gradients()}
     * (exact: the input gradient is built explicitly and differentiated again) and returns the penalty and the mean
     * gradient norm. Needs a single linear output unit.
     */
    @Override
    public PenaltyValue addGradientPenalty(INDArray x, GradientPenalty p) {
        return penalty.apply(x, p);
    }

    /** Buffers for one batch size: forward activations, backward deltas and the penalty's intermediate values. */
    static final class Pass {
        final int rows;
        final INDArray[] z;
        final INDArray[] a;
        final INDArray[] delta;
        final INDArray[] inputGrad;
        final INDArray ones;
        INDArray input;

        Pass(MlpSpec spec, DataType dtype, int rows) {
            this.rows = rows;
            int layers = spec.layerCount();
            z = new INDArray[layers];
            a = new INDArray[layers];
            delta = new INDArray[layers];
            inputGrad = new INDArray[layers];
            for (int l = 0; l < layers; l++) {
                z[l] = Nd4j.create(dtype, rows, spec.layerOutputs(l));
                a[l] = spec.layerActivation(l) == Activation.IDENTITY ? z[l] : Nd4j.create(dtype, rows, spec.layerOutputs(l));
                delta[l] = Nd4j.create(dtype, rows, spec.layerOutputs(l));
                inputGrad[l] = Nd4j.create(dtype, rows, spec.layerInputs(l));
            }
            ones = Nd4j.ones(dtype, rows, 1);
        }
    }
}
