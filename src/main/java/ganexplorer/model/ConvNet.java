package ganexplorer.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastSubOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A DCGAN-style network of dense and (transposed) convolution layers with a hand-written backward pass, batch norm
 * for generators, and the exact WGAN-GP penalty for critics (see {@link LayeredPenalty}). Rows are samples,
 * channel-major within a row, so a row of an image generator's output is an image row of the data set.
 */
final class ConvNet extends FlatNetwork {
    private static final double BN_EPS = 1e-5;
    private static final double BN_MOMENTUM = 0.1;

    private final ConvNetSpec spec;
    private final DataType dtype;
    private final List<Layer> layers;
    private final Map<Integer, Pass> passes = new HashMap<>();
    private final LayeredPenalty penalty = new LayeredPenalty(this);

    ConvNet(ConvNetSpec spec, DataType dtype) {
        super(dtype, spec.parameterCount());
        this.spec = spec;
        this.dtype = dtype;
        java.util.ArrayList<Layer> built = new java.util.ArrayList<>();
        long offset = 0;
        for (LayerSpec s : spec.layers()) {
            built.add(new Layer(s, offset));
            offset += s.parameterCount();
        }
        layers = List.copyOf(built);
    }

    /** One layer's parameter views (into the flat vectors) and its linear map. */
    final class Layer {
        final LayerSpec spec;
        final INDArray weight;
        final INDArray weightGrad;
        final INDArray bias;        // the bias, or batch norm's beta
        final INDArray biasGrad;
        final INDArray gamma;       // batch norm only, as are the rest
        final INDArray gammaGrad;
        final INDArray runningMean;
        final INDArray runningVar;
        final LinearMap map;

        Layer(LayerSpec s, long offset) {
            spec = s;
            int c = s.outputChannels();
            int rows = s.kind() == LayerSpec.Kind.DENSE ? s.inputs() : s.geometry().smallChannels();
            int cols = s.weightCount() / rows;
            weight = valueView(offset, rows, cols);
            weightGrad = gradientView(offset, rows, cols);
            long o = offset + s.weightCount();
            bias = valueView(o, 1, c);
            biasGrad = gradientView(o, 1, c);
            if (s.batchNorm()) {
                gamma = valueView(o + c, 1, c);
                gammaGrad = gradientView(o + c, 1, c);
                runningMean = valueView(o + 2L * c, 1, c); // state, not trained: its gradient stays 0
                runningVar = valueView(o + 3L * c, 1, c);
            } else {
                gamma = gammaGrad = runningMean = runningVar = null;
            }
            map = s.kind() == LayerSpec.Kind.DENSE ? new DenseMap(weight)
                    : new ConvMap(s.geometry(), s.kind() == LayerSpec.Kind.CONV_TRANSPOSE, weight);
        }

        /** [rows, channels * plane] seen as [rows, channels, plane], for per-channel bias and statistics. */
        INDArray perChannel(INDArray x) {
            return x.reshape('c', x.rows(), spec.outputChannels(), spec.outputPlane());
        }
    }

    List<Layer> layers() {
        return layers;
    }

    @Override
    public ConvNetSpec spec() {
        return spec;
    }


    /** DCGAN's initialisation: weights N(0, 0.02), biases 0, batch norm gamma 1 and beta 0, running variance 1. */
    @Override
    public void initialize(RandomGenerator rng) {
        double[] values = new double[(int) spec.parameterCount()];
        int i = 0;
        for (LayerSpec s : spec.layers()) {
            for (int k = 0; k < s.weightCount(); k++) {
                values[i++] = 0.02 * rng.nextGaussian();
            }
            int c = s.outputChannels();
            i += c; // bias or beta: 0
            if (s.batchNorm()) {
                java.util.Arrays.fill(values, i, i + c, 1.0); // gamma
                i += 2 * c; // running mean 0
                java.util.Arrays.fill(values, i, i + c, 1.0); // running variance
                i += c;
            }
        }
        setParameters(values);
    }

    @Override
    public INDArray forward(INDArray x) {
        return run(x, true);
    }

    @Override
    public INDArray infer(INDArray x) {
        return run(x, false);
    }

    Pass pass(int rows) {
        return passes.computeIfAbsent(rows, r -> new Pass(r));
    }

    private INDArray run(INDArray x, boolean training) {
        if (x.columns() != spec.inputs()) {
            throw new IllegalArgumentException("expected " + spec.inputs() + " input columns, got " + x.columns());
        }
        Pass p = pass((int) x.rows());
        p.input = x;
        layers.forEach(layer -> layer.map.forgetColumns());
        INDArray h = x;
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            layer.map.apply(h, p.z[l]);
            if (layer.spec.batchNorm()) {
                if (training) {
                    normalizeTraining(layer, p, l);
                } else {
                    normalizeInference(layer, p, l);
                }
            } else {
                INDArray z3 = layer.perChannel(p.z[l]);
                Nd4j.exec(new BroadcastAddOp(z3, layer.bias.reshape(layer.spec.outputChannels()), z3, 1));
            }
            Activation f = layer.spec.activation();
            if (f != Activation.IDENTITY) {
                f.apply(p.y[l], p.a[l]);
            }
            h = p.a[l];
        }
        return h;
    }

    /** y = gamma * (z - mean) / sqrt(var + eps) + beta with the batch's per-channel statistics. */
    private void normalizeTraining(Layer layer, Pass p, int l) {
        int c = layer.spec.outputChannels();
        INDArray z3 = layer.perChannel(p.z[l]);
        INDArray mean = z3.mean(0, 2);
        INDArray var = z3.var(false, 0, 2);
        INDArray invStd = Transforms.pow(var.add(BN_EPS), -0.5, false);
        INDArray xhat3 = layer.perChannel(p.xhat[l]);
        Nd4j.exec(new BroadcastSubOp(z3, mean, xhat3, 1));
        Nd4j.exec(new BroadcastMulOp(xhat3, invStd, xhat3, 1));
        p.invStd[l] = invStd;
        INDArray y3 = layer.perChannel(p.y[l]);
        Nd4j.exec(new BroadcastMulOp(xhat3, layer.gamma.reshape(c), y3, 1));
        Nd4j.exec(new BroadcastAddOp(y3, layer.bias.reshape(c), y3, 1));
        long m = z3.size(0) * z3.size(2);
        double unbiased = m > 1 ? (double) m / (m - 1) : 1;
        layer.runningMean.muli(1 - BN_MOMENTUM).addi(mean.reshape(1, c).muli(BN_MOMENTUM));
        layer.runningVar.muli(1 - BN_MOMENTUM).addi(var.reshape(1, c).muli(BN_MOMENTUM * unbiased));
    }

    /** The same with the running statistics, as one scale and shift per channel. */
    private void normalizeInference(Layer layer, Pass p, int l) {
        int c = layer.spec.outputChannels();
        INDArray scale = Transforms.pow(layer.runningVar.add(BN_EPS), -0.5, false).muli(layer.gamma).reshape(c);
        INDArray shift = layer.bias.sub(layer.runningMean.reshape(1, c).mul(scale.reshape(1, c))).reshape(c);
        INDArray z3 = layer.perChannel(p.z[l]);
        INDArray y3 = layer.perChannel(p.y[l]);
        Nd4j.exec(new BroadcastMulOp(z3, scale, y3, 1));
        Nd4j.exec(new BroadcastAddOp(y3, shift, y3, 1));
    }

    @Override
    public INDArray backward(INDArray outputGradient, boolean accumulateParameterGradients, boolean wantInputGradient) {
        return backward(pass((int) outputGradient.rows()), outputGradient, null, accumulateParameterGradients,
                wantInputGradient);
    }

    /** As {@link Mlp}'s: {@code preActivationExtra[l]}, where not null, is added to dLoss/dy_l (the penalty's curvature). */
    INDArray backward(Pass p, INDArray outputGradient, INDArray[] preActivationExtra, boolean accumulateParameterGradients,
                      boolean wantInputGradient) {
        int last = layers.size() - 1;
        INDArray upstream = outputGradient; // dLoss/da_l
        for (int l = last; l >= 0; l--) {
            Layer layer = layers.get(l);
            INDArray dy = p.dy[l];
            if (upstream == null) {
                dy.assign(0);
            } else if (layer.spec.activation() == Activation.IDENTITY) {
                dy.assign(upstream);
            } else {
                layer.spec.activation().derivative(p.y[l], p.a[l], dy);
                dy.muli(upstream);
            }
            if (preActivationExtra != null && preActivationExtra[l] != null) {
                dy.addi(preActivationExtra[l]);
            }
            INDArray dz = layer.spec.batchNorm() ? normalizeBackward(layer, p, l, accumulateParameterGradients) : dy;
            if (accumulateParameterGradients && !layer.spec.batchNorm()) {
                layer.biasGrad.addi(layer.perChannel(dz).sum(0, 2).reshape(1, layer.spec.outputChannels()));
            }
            boolean inputGradient = l > 0 || wantInputGradient;
            layer.map.backward(l == 0 ? p.input : p.a[l - 1], dz, accumulateParameterGradients ? layer.weightGrad : null,
                    inputGradient ? p.inputGrad[l] : null);
            upstream = p.inputGrad[l];
        }
        return wantInputGradient ? p.inputGrad[0] : null;
    }

    /** dLoss/dz from dLoss/dy through training-mode batch norm; adds the gamma and beta gradients when asked. */
    private INDArray normalizeBackward(Layer layer, Pass p, int l, boolean accumulate) {
        int c = layer.spec.outputChannels();
        INDArray dy3 = layer.perChannel(p.dy[l]);
        INDArray xhat3 = layer.perChannel(p.xhat[l]);
        INDArray dBeta = dy3.sum(0, 2);
        INDArray dGamma = dy3.mul(xhat3).sum(0, 2);
        if (accumulate) {
            layer.biasGrad.addi(dBeta.reshape(1, c));
            layer.gammaGrad.addi(dGamma.reshape(1, c));
        }
        long m = dy3.size(0) * dy3.size(2);
        // dz = gamma * invStd / m * (m dy - sum(dy) - xhat * sum(dy xhat)), per channel
        INDArray dz3 = layer.perChannel(p.dz[l]);
        Nd4j.exec(new BroadcastMulOp(xhat3, dGamma, dz3, 1));
        dz3.rsubi(dy3.mul(m));
        Nd4j.exec(new BroadcastSubOp(dz3, dBeta, dz3, 1));
        INDArray factor = p.invStd[l].mul(layer.gamma.reshape(c)).divi(m);
        Nd4j.exec(new BroadcastMulOp(dz3, factor, dz3, 1));
        return p.dz[l];
    }

    @Override
    public PenaltyValue addGradientPenalty(INDArray x, GradientPenalty p) {
        return penalty.apply(x, p, null);
    }

    /** The penalty of D(x) = sum_k outputSeed[row, k] * output[row, k] (see {@link ClassConditionalCritic}). */
    PenaltyValue addGradientPenalty(INDArray x, GradientPenalty p, INDArray outputSeed) {
        return penalty.apply(x, p, outputSeed);
    }







    /** Buffers for one batch size: z (after the map), y (after bias or batch norm), a (after the activation). */
    final class Pass {
        final INDArray[] z;
        final INDArray[] y;
        final INDArray[] a;
        final INDArray[] xhat;
        final INDArray[] invStd;
        final INDArray[] dy;
        final INDArray[] dz;
        final INDArray[] inputGrad;
        INDArray input;

        Pass(int rows) {
            int n = layers.size();
            z = new INDArray[n];
            y = new INDArray[n];
            a = new INDArray[n];
            xhat = new INDArray[n];
            invStd = new INDArray[n];
            dy = new INDArray[n];
            dz = new INDArray[n];
            inputGrad = new INDArray[n];
            for (int l = 0; l < n; l++) {
                LayerSpec s = layers.get(l).spec;
                z[l] = Nd4j.create(dtype, rows, s.outputs());
                y[l] = s.batchNorm() ? Nd4j.create(dtype, rows, s.outputs()) : z[l];
                a[l] = s.activation() == Activation.IDENTITY ? y[l] : Nd4j.create(dtype, rows, s.outputs());
                xhat[l] = s.batchNorm() ? Nd4j.create(dtype, rows, s.outputs()) : null;
                dy[l] = Nd4j.create(dtype, rows, s.outputs());
                dz[l] = s.batchNorm() ? Nd4j.create(dtype, rows, s.outputs()) : null;
                inputGrad[l] = Nd4j.create(dtype, rows, s.inputs());
            }
        }
    }
}
