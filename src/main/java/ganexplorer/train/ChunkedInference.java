package ganexplorer.train;

import ganexplorer.model.Network;
import ganexplorer.objective.Softplus;
import java.util.Arrays;
import java.util.function.Consumer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inference over many rows in chunks of the training batch. A network keeps its buffers per row count (a pass's
 * activations, a convolution's unfolded columns and their Java scratch), so one 1,000-row evaluation of the DCGAN
 * used to leave about 0.6 GB behind for good, on the heap and off it. Chunks of the training batch reuse the
 * buffers the training step already has; the last chunk is padded to a full one, which is safe because inference
 * mode treats every row on its own (batch norm uses its running statistics).
 */
final class ChunkedInference {
    private ChunkedInference() {
    }

    /**
     * The network's inference outputs for rows × inputs values x, row after row.
     *
     * @param labels per chunk, given that chunk's (padded) row labels before it runs, or null when unlabelled
     * @param rowLabels one label per row for {@code labels}, or null
     */
    static float[] infer(Network net, float[] x, int rows, int chunk, int[] rowLabels, Consumer<int[]> labels) {
        int inputs = net.spec().inputs();
        int outputs = -1;
        float[] out = null;
        float[] in = new float[chunk * inputs];
        int[] chunkLabels = rowLabels == null ? null : new int[chunk];
        for (int from = 0; from < rows; from += chunk) {
            int n = Math.min(chunk, rows - from);
            System.arraycopy(x, from * inputs, in, 0, n * inputs);
            Arrays.fill(in, n * inputs, in.length, 0f);
            if (chunkLabels != null) {
                System.arraycopy(rowLabels, from, chunkLabels, 0, n);
                Arrays.fill(chunkLabels, n, chunk, 0);
                labels.accept(chunkLabels);
            }
            INDArray y = net.infer(Nd4j.create(in, new long[] {chunk, inputs}, 'c'));
            if (out == null) {
                outputs = (int) y.columns();
                out = new float[rows * outputs];
            }
            float[] values = y.data().asFloat();
            System.arraycopy(values, 0, out, from * outputs, n * outputs);
        }
        return out == null ? new float[0] : out;
    }

    /** The mean of values, in double. */
    static double mean(float[] values) {
        return mean(values, v -> v);
    }

    /** The mean of sigmoid(values), in double: a BCE critic's mean probability that the points are real. */
    static double meanSigmoid(float[] values) {
        return mean(values, Softplus::sigmoid);
    }

    private static double mean(float[] values, java.util.function.DoubleUnaryOperator f) {
        double sum = 0;
        for (float v : values) {
            sum += f.applyAsDouble(v);
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }
}
