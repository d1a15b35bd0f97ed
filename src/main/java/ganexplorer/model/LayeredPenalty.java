package ganexplorer.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The exact gradient of a {@link GradientPenalty} (WGAN-GP's, R1, R2) for a {@link ConvNet} critic:
 * {@link PenaltyBackprop}'s double backprop with each layer's product replaced by its linear map. The input gradient
 * is written as values,
 * u_l = A_l^T(g_l) and g_{l-1} = u_l * f'(z_{l-1}) - for a convolution A^T is the transposed convolution with the
 * same kernel - and the penalty is then differentiated back through those equations: W-bar_l += dW <g_l, A_l(u-bar_l)>,
 * g-bar_l = A_l(u-bar_l), u-bar_{l+1} = g-bar_l * f'(z_l), plus f'' terms that enter the ordinary backward pass.
 * Checked against finite differences in the tests.
 */
final class LayeredPenalty {
    private final ConvNet net;
    private final Map<Integer, INDArray[][]> buffers = new HashMap<>();

    LayeredPenalty(ConvNet net) {
        this.net = net;
    }

    /**
     * {@code outputSeed} picks the critic's output per row: null for a critic with one output, else rows x outputs
     * weights (a class-conditional critic's one-hot labels), so D(x) is the seed's inner product with the outputs.
     */
    PenaltyValue apply(INDArray x, GradientPenalty penalty, INDArray outputSeed) {
        List<ConvNet.Layer> layers = net.layers();
        int last = layers.size() - 1;
        if ((outputSeed == null && net.spec().outputs() != 1) || layers.get(last).spec.activation() != Activation.IDENTITY
                || layers.stream().anyMatch(l -> l.spec.batchNorm())) {
            throw new IllegalStateException("the gradient penalty needs a critic with one linear output and no batch norm");
        }
        net.forward(x);
        int rows = (int) x.rows();
        ConvNet.Pass p = net.pass(rows);
        INDArray[][] b = buffers.computeIfAbsent(rows, r -> allocate(layers, r));
        INDArray[] g = b[0];
        INDArray[] u = b[1];
        INDArray[] slope = b[2];
        INDArray[] uBar = b[3];
        INDArray[] gBar = b[4];
        INDArray[] extra = new INDArray[layers.size()];

        if (outputSeed == null) {
            g[last].assign(1); // dD/dz of the linear output
        } else {
            g[last].assign(outputSeed);
        }
        for (int l = last; l >= 0; l--) {
            layers.get(l).map.applyTranspose(g[l], u[l]);
            if (l > 0) {
                layers.get(l - 1).spec.activation().derivative(p.y[l - 1], p.a[l - 1], slope[l - 1]);
                g[l - 1].assign(u[l]).muli(slope[l - 1]);
            }
        }

        // P and dP/du_0 per row: |u_0| is the norm of the critic's input gradient for that sample.
        INDArray u0 = u[0];
        INDArray norms = u0.norm2(1);
        double[] n = norms.data().asDouble();
        double[] scale = new double[rows];
        double sum = 0;
        double normSum = 0;
        for (int i = 0; i < rows; i++) {
            sum += penalty.term(n[i]);
            normSum += n[i];
            scale[i] = penalty.inputGradientScale(n[i], rows);
        }
        uBar[0].assign(u0).muliColumnVector(Nd4j.create(scale, new long[] {rows, 1}, u0.dataType()));

        boolean curvature = false;
        for (int l = 0; l <= last; l++) {
            ConvNet.Layer layer = layers.get(l);
            layer.map.accumulateWeightGradient(uBar[l], g[l], layer.weightGrad);
            if (l < last) {
                layer.map.apply(uBar[l], gBar[l]);
                uBar[l + 1].assign(gBar[l]).muli(slope[l]);
                Activation f = layer.spec.activation();
                if (f.hasCurvature()) {
                    INDArray zBar = Nd4j.create(u0.dataType(), rows, layer.spec.outputs());
                    f.secondDerivative(p.y[l], p.a[l], zBar);
                    extra[l] = zBar.muli(gBar[l]).muli(u[l + 1]);
                    curvature = true;
                }
            }
        }
        if (curvature) {
            net.backward(p, null, extra, true, false);
        }
        return new PenaltyValue(penalty.weight() * sum / rows, normSum / rows);
    }

    /** g and slope follow layer outputs, u, u-bar and g-bar... as their equations need. */
    private static INDArray[][] allocate(List<ConvNet.Layer> layers, int rows) {
        int n = layers.size();
        INDArray[][] b = new INDArray[5][n];
        for (int l = 0; l < n; l++) {
            LayerSpec s = layers.get(l).spec;
            org.nd4j.linalg.api.buffer.DataType t = layers.get(l).weight.dataType();
            b[0][l] = Nd4j.create(t, rows, s.outputs()); // g
            b[1][l] = Nd4j.create(t, rows, s.inputs());  // u
            b[2][l] = Nd4j.create(t, rows, s.outputs()); // slope
            b[3][l] = Nd4j.create(t, rows, s.inputs());  // u-bar
            b[4][l] = Nd4j.create(t, rows, s.outputs()); // g-bar
        }
        return b;
    }
}
