package ganexplorer.train;

import static ganexplorer.train.GradientCheckTest.randomMatrix;
import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.model.Network;
import ganexplorer.model.SampleParallelism;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Splitting a batch's convolution work across threads must not change what the networks compute: the networks of
 * {@link ConvGradientCheckTest}, checked there against finite differences on one thread, give the same outputs and
 * gradients (penalty included) on two and three.
 */
class ThreadedConvolutionTest {
    private static final int BATCH = 7; // not a multiple of the shard counts, so the shards differ in size
    private static final int PIXELS = 8 * 8;

    @AfterEach
    void singleThreadAgain() {
        SampleParallelism.setThreads(1);
    }

    /** Output, input gradient and weight gradients of both networks, and the penalty's gradient, on that many threads. */
    private static double[][] everything(int threads) {
        SampleParallelism.setThreads(threads);
        Network g = ConvGradientCheckTest.generator(1);
        Network d = ConvGradientCheckTest.critic(2);
        double[] images = g.forward(randomMatrix(BATCH, 3, 5)).dup().data().asDouble();
        g.zeroGradients();
        double[] latentGradient = g.backward(randomMatrix(BATCH, PIXELS, 6), true, true).dup().data().asDouble();
        double[] generatorGradient = g.gradients().dup().data().asDouble();
        INDArray x = randomMatrix(BATCH, PIXELS, 7);
        double[] scores = d.forward(x).dup().data().asDouble();
        d.zeroGradients();
        double[] inputGradient = d.backward(Nd4j.ones(DataType.DOUBLE, BATCH, 1), true, true).dup().data().asDouble();
        d.addGradientPenalty(x, 10);
        double[] criticGradient = d.gradients().dup().data().asDouble();
        return new double[][] {images, latentGradient, generatorGradient, scores, inputGradient, criticGradient};
    }

    @Test
    void shouldComputeTheSameOnTwoOrThreeThreadsAsOnOne() {
        double[][] one = everything(1);
        for (int threads : new int[] {2, 3}) {
            double[][] many = everything(threads);
            for (int k = 0; k < one.length; k++) {
                assertThat(many[k]).hasSameSizeAs(one[k]);
                for (int i = 0; i < one[k].length; i++) {
                    // per-sample work is identical; only the weight gradients' sums over samples change order
                    assertThat(many[k][i]).as("threads %d, quantity %d, entry %d", threads, k, i)
                            .isCloseTo(one[k][i], Offset.offset(1e-12 * (1 + Math.abs(one[k][i]))));
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
}
