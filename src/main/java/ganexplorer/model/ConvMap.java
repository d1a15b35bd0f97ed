package ganexplorer.model;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A strided convolution (big side to small side) or, {@code transposed}, the transposed convolution with the same
 * kernel (small to big), as unfold + one matrix product per sample. Weights are [smallChannels, bigChannels * k * k].
 * "Down" is W x unfold(big); "up" is fold(W^T x small), its adjoint: each is the other's input gradient, which is how
 * the critic's input gradient for WGAN-GP is built from its own kernels.
 */
final class ConvMap implements LinearMap {
    private final ConvGeometry g;
    private final boolean transposed;
    private final INDArray weight;
    private final Im2col im2col;
    private final Map<Integer, Columns> columns = new HashMap<>();

    /**
     * A column buffer and the array last unfolded into it. The weight gradient of a convolution needs its forward
     * input unfolded again; when that input is the very array the forward pass unfolded (and the network's contract
     * is that it is unchanged until the backward pass), the columns are reused.
     */
    private static final class Columns {
        final INDArray cols;
        INDArray unfolded;

        private INDArray[] partials = new INDArray[0];

        Columns(INDArray cols) {
            this.cols = cols;
        }

        /** shards buffers shaped like the weight gradient, all but the first zeroed (the first is the gradient itself). */
        INDArray[] partialWeightGradients(int shards, INDArray like) {
            if (partials.length != shards) {
                partials = new INDArray[shards];
                for (int k = 1; k < shards; k++) {
                    partials[k] = Nd4j.create(like.dataType(), like.shape());
                }
            }
            for (int k = 1; k < shards; k++) {
                partials[k].assign(0);
            }
            return partials;
        }
    }

    ConvMap(ConvGeometry geometry, boolean transposed, INDArray weight) {
        this.g = geometry;
        this.im2col = new Im2col(geometry);
        this.transposed = transposed;
        this.weight = weight;
    }

    @Override
    public void apply(INDArray x, INDArray out) {
        if (transposed) {
            up(x, out);
        } else {
            down(x, out);
        }
    }

    @Override
    public void applyTranspose(INDArray grad, INDArray out) {
        if (transposed) {
            down(grad, out);
        } else {
            up(grad, out);
        }
    }

    @Override
    public void accumulateWeightGradient(INDArray x, INDArray grad, INDArray weightGradient) {
        INDArray big = transposed ? grad : x;
        INDArray small = transposed ? x : grad;
        int n = (int) big.rows();
        Columns c = unfolded(big, n, !transposed);
        // dW += small_n [sC, plane] x cols_n^T [plane, patch], summed over samples; shards after the first sum into
        // their own buffers, added in shard order, so the result depends only on the thread count
        INDArray[] partial = c.partialWeightGradients(SampleParallelism.shards(n), weightGradient);
        SampleParallelism.forEachShard(n, (shard, from, to) -> Gemm.blocks(small, g.smallFeatures(), false, c.cols,
                (long) g.patch() * g.smallPlane(), true, shard == 0 ? weightGradient : partial[shard], 0,
                g.smallChannels(), g.patch(), g.smallPlane(), 1.0, 1.0, from, to));
        for (int k = 1; k < partial.length; k++) {
            weightGradient.addi(partial[k]);
        }
    }

    /** A transposed convolution unfolds its output gradient for both gradients: once is enough. */
    @Override
    public void backward(INDArray x, INDArray grad, INDArray weightGradient, INDArray inputGradient) {
        if (!transposed || weightGradient == null || inputGradient == null) {
            LinearMap.super.backward(x, grad, weightGradient, inputGradient);
            return;
        }
        accumulateWeightGradient(x, grad, weightGradient);
        int n = (int) grad.rows();
        // columns(n) holds unfold(grad) now; the input gradient is down(grad) = W x those columns
        INDArray cols = columns(n).cols;
        SampleParallelism.forEachShard(n, (shard, from, to) -> Gemm.blocks(weight, 0, false, cols,
                (long) g.patch() * g.smallPlane(), false, inputGradient, g.smallFeatures(), g.smallChannels(),
                g.smallPlane(), g.patch(), 1.0, 0.0, from, to));
    }

    /** small_n = W x unfold(big)_n. */
    private void down(INDArray big, INDArray small) {
        int n = (int) big.rows();
        Columns c = columns(n);
        c.unfolded = big;
        im2col.prepare(SampleParallelism.shards(n));
        SampleParallelism.forEachShard(n, (shard, from, to) -> {
            im2col.unfold(big, c.cols, from, to, shard);
            Gemm.blocks(weight, 0, false, c.cols, (long) g.patch() * g.smallPlane(), false, small, g.smallFeatures(),
                    g.smallChannels(), g.smallPlane(), g.patch(), 1.0, 0.0, from, to);
        });
    }

    /** big = fold(W^T x small_n). */
    private void up(INDArray small, INDArray big) {
        int n = (int) small.rows();
        Columns c = columns(n);
        c.unfolded = null; // about to hold something else
        im2col.prepare(SampleParallelism.shards(n));
        SampleParallelism.forEachShard(n, (shard, from, to) -> {
            Gemm.blocks(weight, 0, true, small, g.smallFeatures(), false, c.cols, (long) g.patch() * g.smallPlane(),
                    g.patch(), g.smallPlane(), g.smallChannels(), 1.0, 0.0, from, to);
            im2col.fold(c.cols, big, from, to, shard);
        });
    }

    /** unfold(big), reusing the columns of the forward pass when {@code mayReuse} and big is what they came from. */
    private Columns unfolded(INDArray big, int n, boolean mayReuse) {
        Columns c = columns(n);
        if (!(mayReuse && c.unfolded == big)) {
            im2col.prepare(SampleParallelism.shards(n));
            SampleParallelism.forEachShard(n, (shard, from, to) -> im2col.unfold(big, c.cols, from, to, shard));
        }
        c.unfolded = big;
        return c;
    }

    @Override
    public void forgetColumns() {
        columns.values().forEach(c -> c.unfolded = null);
    }

    private Columns columns(int rows) {
        return columns.computeIfAbsent(rows,
                r -> new Columns(Nd4j.create(weight.dataType(), (long) r * g.patch(), g.smallPlane())));
    }
}
