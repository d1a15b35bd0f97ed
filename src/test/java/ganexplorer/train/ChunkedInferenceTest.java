package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ganexplorer.data.ImageShape;
import ganexplorer.model.ClassConditionalCritic;
import ganexplorer.model.ConvNetSpec;
import ganexplorer.model.Dcgan;
import ganexplorer.model.Network;
import ganexplorer.model.NetworkSpec;
import ganexplorer.model.PenaltyValue;
import ganexplorer.model.Prior;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Evaluation in chunks of the training batch: the same numbers as one big pass, and never another row count. */
class ChunkedInferenceTest {
    private static final ImageShape DIGIT = new ImageShape(1, 28, 28);
    private static final Dcgan SMALL = new Dcgan(8, Prior.NORMAL, 4, 0);

    @Test
    void generatorInChunksMatchesOneBigPassAndOnlySeesTheChunkRowCount() {
        Network g = SMALL.generatorSpec(784, DIGIT).build(DataType.FLOAT);
        g.initialize(new SplittableRandom(1));
        int rows = 150; // two full chunks of 64 and a padded one of 22
        float[] z = gaussian(rows * 8, 2);
        float[] direct = g.infer(Nd4j.create(z, new long[] {rows, 8}, 'c')).data().asFloat();
        RowCounting counting = new RowCounting(g);

        float[] chunked = ChunkedInference.infer(counting, z, rows, 64, null, null);

        assertThat(chunked).hasSize(rows * 784);
        for (int i = 0; i < direct.length; i++) {
            assertThat(chunked[i]).as("value %d", i).isCloseTo(direct[i], within(1e-5f));
        }
        assertThat(counting.rowCounts).containsOnly(64L).hasSize(3);
    }

    @Test
    void labelledCriticGetsEachChunksLabels() {
        ConvNetSpec spec = new Dcgan(8, Prior.NORMAL, 4, 3).criticSpec(784, DIGIT);
        ClassConditionalCritic d = new ClassConditionalCritic(spec, DataType.FLOAT);
        d.initialize(new SplittableRandom(3));
        int rows = 70;
        float[] x = gaussian(rows * 784, 4);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = (i * 7) % 3;
        }
        d.condition(labels);
        float[] direct = d.infer(Nd4j.create(x, new long[] {rows, 784}, 'c')).data().asFloat();

        float[] chunked = ChunkedInference.infer(d, x, rows, 32, labels, d::condition);

        assertThat(chunked).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(chunked[i]).as("row %d", i).isCloseTo(direct[i], within(1e-5f));
        }
        assertThat(ChunkedInference.mean(new float[] {1, 2, 6})).isEqualTo(3.0);
    }

    private static float[] gaussian(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) rng.nextGaussian();
        }
        return v;
    }

    /** Passes everything on and records the row count of every inference pass. */
    private static final class RowCounting implements Network {
        private final Network net;
        final List<Long> rowCounts = new ArrayList<>();

        RowCounting(Network net) {
            this.net = net;
        }

        @Override
        public INDArray infer(INDArray x) {
            rowCounts.add((long) x.rows());
            return net.infer(x);
        }

        @Override
        public NetworkSpec spec() {
            return net.spec();
        }

        @Override
        public DataType dataType() {
            return net.dataType();
        }

        @Override
        public void initialize(RandomGenerator rng) {
            net.initialize(rng);
        }

        @Override
        public INDArray forward(INDArray x) {
            throw new AssertionError("evaluation must run in inference mode");
        }

        @Override
        public INDArray backward(INDArray outputGradient, boolean accumulate, boolean wantInputGradient) {
            throw new AssertionError("no backward pass in evaluation");
        }

        @Override
        public PenaltyValue addGradientPenalty(INDArray x, ganexplorer.model.GradientPenalty penalty) {
            throw new AssertionError("no penalty in evaluation");
        }

        @Override
        public INDArray parameters() {
            return net.parameters();
        }

        @Override
        public INDArray gradients() {
            return net.gradients();
        }

        @Override
        public void zeroGradients() {
            net.zeroGradients();
        }

        @Override
        public void setParameters(float[] values) {
            net.setParameters(values);
        }

        @Override
        public void setParameters(double[] values) {
            net.setParameters(values);
        }

        @Override
        public float[] parametersCopy() {
            return net.parametersCopy();
        }
    }
}
