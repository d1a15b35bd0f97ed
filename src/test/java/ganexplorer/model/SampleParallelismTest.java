package ganexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Splitting a batch's convolution work across threads must not change what the networks compute. */
class SampleParallelismTest {
    private static final int SIDE = 8;
    private static final int BATCH = 7; // not a multiple of the shard counts, so the shards differ in size

    @AfterEach
    void singleThreadAgain() {
        SampleParallelism.setThreads(1);
    }

    private static Network critic() {
        return build(new ConvNetSpec(List.of(
                LayerSpec.conv(2, SIDE, 3, false, Activation.LEAKY_RELU),
                LayerSpec.conv(3, SIDE / 2, 4, false, Activation.TANH),
                LayerSpec.dense(4 * 2 * 2, 1, false, Activation.IDENTITY))), 1);
    }

    private static Network generator() {
        return build(new ConvNetSpec(List.of(
                LayerSpec.dense(3, 4 * 2 * 2, true, Activation.RELU),
                LayerSpec.convTranspose(4, 2, 3, true, Activation.RELU),
                LayerSpec.convTranspose(3, 4, 2, false, Activation.TANH))), 2);
    }

    private static Network build(ConvNetSpec spec, long seed) {
        Network net = spec.build(DataType.DOUBLE);
        net.initialize(new SplittableRandom(seed));
        INDArray p = net.parameters();
        SplittableRandom rng = new SplittableRandom(seed + 10);
        for (int k = 0; k < p.length(); k++) {
            p.putScalar(0, k, p.getDouble(0, k) + 0.3 * rng.nextGaussian());
        }
        return net;
    }

    private static INDArray random(int rows, int cols, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian();
        }
        return Nd4j.create(v, new long[] {rows, cols}, DataType.DOUBLE);
    }

    /** Output, input gradient, weight gradient and penalty gradient of both networks with the given thread count. */
    private static double[][] everything(int threads) {
        SampleParallelism.setThreads(threads);
        Network g = generator();
        Network d = critic();
        INDArray z = random(BATCH, 3, 5);
        double[] images = g.forward(z).dup().data().asDouble();
        g.zeroGradients();
        double[] latentGradient = g.backward(random(BATCH, 2 * SIDE * SIDE, 6), true, true).dup().data().asDouble();
        double[] generatorGradient = g.gradients().dup().data().asDouble();
        INDArray x = random(BATCH, 2 * SIDE * SIDE, 7);
        double[] scores = d.forward(x).dup().data().asDouble();
        d.zeroGradients();
        double[] inputGradient = d.backward(Nd4j.ones(DataType.DOUBLE, BATCH, 1), true, true).dup().data().asDouble();
        d.addGradientPenalty(x, 10);
        double[] criticGradient = d.gradients().dup().data().asDouble();
        return new double[][] {images, latentGradient, generatorGradient, scores, inputGradient, criticGradient};
    }

    @Test
    void shouldComputeTheSameWithTwoOrThreeThreadsAsWithOne() {
        double[][] one = everything(1);
        for (int threads : new int[] {2, 3}) {
            double[][] many = everything(threads);
            for (int k = 0; k < one.length; k++) {
                assertThat(many[k]).hasSameSizeAs(one[k]);
                for (int i = 0; i < one[k].length; i++) {
                    // per-sample work is identical; only the weight gradients' sums over samples change order
                    assertThat(many[k][i]).as("threads %d, quantity %d, entry %d", threads, k, i)
                            .isCloseTo(one[k][i], org.assertj.core.data.Offset.offset(1e-12 * (1 + Math.abs(one[k][i]))));
                }
            }
        }
    }

    @Test
    void shouldGiveTheSameResultEveryTimeForAGivenThreadCount() {
        double[][] first = everything(2);
        double[][] second = everything(2);
        for (int k = 0; k < first.length; k++) {
            assertThat(second[k]).containsExactly(first[k]);
        }
    }

    @Test
    void shouldRethrowAFailureInAnyShard() {
        SampleParallelism.setThreads(2);
        assertThatThrownBy(() -> SampleParallelism.forEachShard(4, (shard, from, to) -> {
            if (shard == 1) {
                throw new IllegalStateException("shard " + shard + " failed");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("shard 1 failed");
    }

    @Test
    void shouldCoverEverySampleExactlyOnce() {
        SampleParallelism.setThreads(3);
        int[] seen = new int[10];
        SampleParallelism.forEachShard(10, (shard, from, to) -> {
            for (int i = from; i < to; i++) {
                synchronized (seen) {
                    seen[i]++;
                }
            }
        });
        assertThat(seen).containsOnly(1);
    }
}
