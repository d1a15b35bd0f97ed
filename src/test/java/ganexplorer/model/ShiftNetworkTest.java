package ganexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ganexplorer.data.Lines;
import ganexplorer.data.ToyDatasets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The shift generator of the WGAN paper's Example 1: its map, its hand-written backward pass, what it refuses. */
class ShiftNetworkTest {
    private static final float[] Z = {-1, -0.5f, 0, 0.25f, 1};

    @Test
    void itShouldDrawTheSegmentAtThetaFromTheUniformLatent() {
        Network g = new ShiftSpec(2).build(DataType.DOUBLE);
        g.initialize(new SplittableRandom(7));
        double[] out = g.forward(Nd4j.create(toDouble(Z), new long[] {Z.length, 1}, 'c')).data().asDouble();
        for (int i = 0; i < Z.length; i++) {
            assertThat(out[2 * i]).as("x = theta").isEqualTo(2.0);
            assertThat(out[2 * i + 1]).as("y = (z + 1) / 2").isEqualTo((Z[i] + 1) / 2.0);
        }
        assertThat(g.parametersCopy()).containsExactly(2f);
    }

    /** L = sum(w * G(z)) for fixed weights w: dL/dtheta and dL/dz by central differences against backward. */
    @Test
    void backwardShouldMatchFiniteDifferences() {
        double[] w = {0.3, -1.2, 2.0, 0.5, -0.7, 1.1, 0.9, -0.4, 1.5, 0.25};
        Network g = new ShiftSpec(0.7).build(DataType.DOUBLE);
        INDArray z = Nd4j.create(toDouble(Z), new long[] {Z.length, 1}, 'c');
        g.forward(z);
        g.zeroGradients();
        double[] dz = g.backward(Nd4j.create(w, new long[] {Z.length, 2}, 'c'), true, true).data().asDouble();
        double h = 1e-6;
        g.setParameters(new double[] {0.7 + h});
        double up = loss(g, z, w);
        g.setParameters(new double[] {0.7 - h});
        double down = loss(g, z, w);
        assertThat(g.gradients().getDouble(0)).isCloseTo((up - down) / (2 * h), org.assertj.core.data.Offset.offset(1e-6));
        g.setParameters(new double[] {0.7});
        for (int i = 0; i < Z.length; i++) {
            double[] plus = toDouble(Z);
            double[] minus = toDouble(Z);
            plus[i] += h;
            minus[i] -= h;
            double numeric = (loss(g, Nd4j.create(plus, new long[] {Z.length, 1}, 'c'), w)
                    - loss(g, Nd4j.create(minus, new long[] {Z.length, 1}, 'c'), w)) / (2 * h);
            assertThat(dz[i]).as("dL/dz row %d", i).isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void gradientsShouldAccumulateUntilZeroed() {
        Network g = new ShiftSpec(1).build(DataType.DOUBLE);
        INDArray z = Nd4j.create(new double[] {0, 0}, new long[] {2, 1}, 'c');
        INDArray dOut = Nd4j.create(new double[] {1, 0, 2, 0}, new long[] {2, 2}, 'c');
        g.forward(z);
        g.backward(dOut, true, false);
        g.backward(dOut, true, false);
        assertThat(g.gradients().getDouble(0)).isEqualTo(6.0);
        g.zeroGradients();
        assertThat(g.gradients().getDouble(0)).isZero();
    }

    @Test
    void theModelShouldLearnTheLinesOnlyAndSaySo() {
        ShiftGan paper = ShiftGan.PAPER;
        assertThat(paper.latentSize()).isEqualTo(1);
        assertThat(paper.prior()).isEqualTo(Prior.UNIFORM);
        assertThat(paper.generatorSpec(2, null).theta0()).isEqualTo(2.0);
        assertThat(paper.criticSpec(2, null).hidden()).containsExactly(128, 128);
        paper.requireFits(new Lines());
        assertThatThrownBy(() -> paper.requireFits(ToyDatasets.byName("ring8")))
                .hasMessageContaining("learns the 'lines' dataset, not ring8").hasMessageContaining("--dataset lines");
        assertThatThrownBy(() -> new ShiftGan(Double.NaN, List.of(8), Activation.RELU)).hasMessageContaining("theta0");
        assertThatThrownBy(() -> new ShiftSpec(1).build(DataType.FLOAT).addGradientPenalty(Nd4j.zeros(1, 2), 1.0))
                .hasMessageContaining("no critic");
    }

    private static double loss(Network g, INDArray z, double[] w) {
        double[] out = g.forward(z).data().asDouble();
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            sum += w[i] * out[i];
        }
        return sum;
    }

    private static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
