package ganexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The gradient profile clip-depth plots: on a linear MLP (identity activations) dL/d(a_k) is the output gradient
 * times the transposed weights above layer k, which the test multiplies out itself and compares, layer by layer, as
 * the RMS row norm hiddenGradientNorms reports.
 */
class HiddenGradientNormsTest {
    @Test
    void theNormsShouldBeThoseOfTheChainOfTransposedWeights() {
        int[] hidden = {4, 3, 5};
        MlpSpec spec = new MlpSpec(2, hidden, 1, Activation.IDENTITY, Activation.IDENTITY);
        Mlp net = new Mlp(spec, DataType.DOUBLE);
        net.initialize(new SplittableRandom(3));
        int rows = 6;
        SplittableRandom rng = new SplittableRandom(5);
        double[] x = rng.doubles(rows * 2L, -1, 1).toArray();
        double[] go = rng.doubles(rows, -1, 1).toArray();
        net.forward(Nd4j.create(x, new long[] {rows, 2}, 'c'));
        net.backward(Nd4j.create(go, new long[] {rows, 1}, 'c'), false, true);
        double[] norms = net.hiddenGradientNorms(rows);
        assertThat(norms).hasSize(hidden.length);

        INDArray g = Nd4j.create(go, new long[] {rows, 1}, 'c');
        for (int l = spec.layerCount() - 1; l >= 1; l--) {
            g = g.mmul(net.weight(l).transpose()); // dL/d(a_{l-1}) [rows, width of hidden layer l-1]
            double rms = g.norm2Number().doubleValue() / Math.sqrt(rows);
            assertThat(norms[l - 1]).as("hidden layer %d", l - 1).isCloseTo(rms, within(1e-12));
        }
        assertThat(net.gradients().norm2Number().doubleValue()).as("no parameter gradient asked for").isZero();
    }
}
