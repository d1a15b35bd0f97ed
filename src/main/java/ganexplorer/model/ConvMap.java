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

        Columns(INDArray cols) {
            this.cols = cols;
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
        INDArray cols = unfolded(big, n, !transposed);
        // dW += small_n [sC, plane] x cols_n^T [plane, patch], summed over samples
        Gemm.blocks(small, g.smallFeatures(), false, cols, (long) g.patch() * g.smallPlane(), true, weightGradient, 0,
                g.smallChannels(), g.patch(), g.smallPlane(), 1.0, 1.0, n);
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
        Gemm.blocks(weight, 0, false, columns(n).cols, (long) g.patch() * g.smallPlane(), false, inputGradient,
                g.smallFeatures(), g.smallChannels(), g.smallPlane(), g.patch(), 1.0, 0.0, n);
    }

    /** small_n = W x unfold(big)_n. */
    private void down(INDArray big, INDArray small) {
        int n = (int) big.rows();
        INDArray cols = unfolded(big, n, false);
        Gemm.blocks(weight, 0, false, cols, (long) g.patch() * g.smallPlane(), false, small, g.smallFeatures(),
                g.smallChannels(), g.smallPlane(), g.patch(), 1.0, 0.0, n);
    }

    /** big = fold(W^T x small_n). */
    private void up(INDArray small, INDArray big) {
        int n = (int) small.rows();
        Columns c = columns(n);
        c.unfolded = null; // about to hold something else
        INDArray cols = c.cols;
        Gemm.blocks(weight, 0, true, small, g.smallFeatures(), false, cols, (long) g.patch() * g.smallPlane(),
                g.patch(), g.smallPlane(), g.smallChannels(), 1.0, 0.0, n);
        im2col.fold(cols, big, n);
    }

    /** unfold(big), reusing the columns of the forward pass when {@code mayReuse} and big is what they came from. */
    private INDArray unfolded(INDArray big, int n, boolean mayReuse) {
        Columns c = columns(n);
        if (!(mayReuse && c.unfolded == big)) {
            im2col.unfold(big, c.cols, n);
        }
        c.unfolded = big;
        return c.cols;
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
