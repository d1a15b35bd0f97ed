package ganexplorer.model;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The exact gradient of a {@link GradientPenalty} (WGAN-GP's, R1, R2) with respect to a critic's weights ("double
 * backprop", by hand).
 *
 * <p>For an MLP critic with z_l = h_{l-1} W_l + b_l, h_l = f(z_l) and a linear scalar output, the input gradient is
 * the backward pass written as values: g_L = 1, u_{l-1} = g_l W_l^T, g_{l-1} = u_{l-1} * f'(z_{l-1}), and
 * grad_x D = u_0. The penalty P = w mean_i (|u_0,i| - t)^2 (WGAN-GP: w = lambda, t = 1; R1/R2: w = gamma/2, t = 0)
 * is differentiated back through those equations: W-bar_l += u-bar_{l-1}^T g_l, g-bar_l = u-bar_{l-1} W_l, u-bar_l = g-bar_l * f'(z_l), and, for activations with
 * curvature, z-bar_l = g-bar_l * u_l * f''(z_l), which then flows through the ordinary backward pass into every
 * weight and bias. A finite-difference test checks all of it.
 */
final class PenaltyBackprop {
    private final Mlp net;
    private final Map<Integer, Buffers> buffers = new HashMap<>();

    PenaltyBackprop(Mlp net) {
        this.net = net;
    }

    PenaltyValue apply(INDArray x, GradientPenalty penalty) {
        MlpSpec spec = net.spec();
        if (spec.outputs() != 1 || spec.outputActivation() != Activation.IDENTITY) {
            throw new IllegalStateException("the gradient penalty needs a critic with one linear output, got " + spec);
        }
        net.forward(x);
        int rows = (int) x.rows();
        Mlp.Pass p = net.pass(rows);
        Buffers b = buffers.computeIfAbsent(rows, r -> new Buffers(spec, net, r));
        int last = spec.layerCount() - 1;

        // Forward through the backward pass: u[l] = dD/d(input of layer l), g[l] = dD/dz_l.
        for (int l = last; l >= 0; l--) {
            Gemm.gemm(b.g[l], false, net.weight(l), true, b.u[l], 1.0, 0.0);
            if (l > 0) {
                spec.layerActivation(l - 1).derivative(p.z[l - 1], p.a[l - 1], b.slope[l - 1]);
                b.g[l - 1].assign(b.u[l]).muli(b.slope[l - 1]);
            }
        }

        // P and dP/du_0 on the host: per-row norms of a [rows, inputs] array.
        double[] u0 = b.u[0].data().asDouble();
        int width = spec.inputs();
        double[] uBar0 = new double[u0.length];
        double sum = 0;
        double normSum = 0;
        for (int i = 0; i < rows; i++) {
            double sq = 0;
            for (int j = 0; j < width; j++) {
                sq += u0[i * width + j] * u0[i * width + j];
            }
            double norm = Math.sqrt(sq);
            sum += penalty.term(norm);
            normSum += norm;
            double scale = penalty.inputGradientScale(norm, rows);
            for (int j = 0; j < width; j++) {
                uBar0[i * width + j] = scale * u0[i * width + j];
            }
        }
        b.uBar[0].data().setData(uBar0);

        // Backward through the backward pass.
        boolean curvature = false;
        for (int l = 0; l <= last; l++) {
            Gemm.gemm(b.uBar[l], true, b.g[l], false, net.weightGradient(l), 1.0, 1.0);
            if (l < last) {
                Gemm.gemm(b.uBar[l], false, net.weight(l), false, b.gBar[l], 1.0, 0.0);
                b.uBar[l + 1].assign(b.gBar[l]).muli(b.slope[l]);
                Activation f = spec.layerActivation(l);
                if (f.hasCurvature()) {
                    f.secondDerivative(p.z[l], p.a[l], b.zBar[l]);
                    b.zBar[l].muli(b.gBar[l]).muli(b.u[l + 1]);
                    b.extra[l] = b.zBar[l];
                    curvature = true;
                }
            }
        }
        if (curvature) {
            net.backward(p, null, b.extra, true, false);
        }
        return new PenaltyValue(penalty.weight() * sum / rows, normSum / rows);
    }

    /** Per-batch-size buffers; index l follows layer l of the network. */
    private static final class Buffers {
        final INDArray[] g;
        final INDArray[] u;
        final INDArray[] slope;
        final INDArray[] uBar;
        final INDArray[] gBar;
        final INDArray[] zBar;
        final INDArray[] extra;

        Buffers(MlpSpec spec, Mlp net, int rows) {
            int layers = spec.layerCount();
            g = new INDArray[layers];
            u = new INDArray[layers];
            slope = new INDArray[layers];
            uBar = new INDArray[layers];
            gBar = new INDArray[layers];
            zBar = new INDArray[layers];
            extra = new INDArray[layers];
            for (int l = 0; l < layers; l++) {
                g[l] = Nd4j.create(net.dataType(), rows, spec.layerOutputs(l));
                u[l] = Nd4j.create(net.dataType(), rows, spec.layerInputs(l));
                slope[l] = Nd4j.create(net.dataType(), rows, spec.layerOutputs(l));
                uBar[l] = Nd4j.create(net.dataType(), rows, spec.layerInputs(l));
                gBar[l] = Nd4j.create(net.dataType(), rows, spec.layerOutputs(l));
                zBar[l] = Nd4j.create(net.dataType(), rows, spec.layerOutputs(l));
            }
            g[layers - 1].assign(1); // dD/dz_L = 1 for a linear output
        }
    }
}
