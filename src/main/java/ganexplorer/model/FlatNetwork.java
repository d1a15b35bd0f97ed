package ganexplorer.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What every network here shares: all parameters in one flat vector and all gradients in another, laid out alike,
 * with per-layer views into both, so optimizers, weight clipping, checkpoints and snapshots each touch one array.
 */
abstract sealed class FlatNetwork implements Network permits Mlp, ConvNet {
    private final DataType dtype;
    private final long count;
    private final INDArray values;
    private final INDArray gradients;

    FlatNetwork(DataType dtype, long count) {
        this.dtype = dtype;
        this.count = count;
        values = Nd4j.create(dtype, 1, count);
        gradients = Nd4j.create(dtype, 1, count);
    }

    @Override
    public DataType dataType() {
        return dtype;
    }

    /** The flat parameter vector [1, n]; writing into it changes the network. */
    @Override
    public INDArray parameters() {
        return values;
    }

    /** The flat gradient vector [1, n], laid out like {@link #parameters()}. */
    @Override
    public INDArray gradients() {
        return gradients;
    }

    /** A rows x cols row-major view of the parameters starting at {@code offset}. */
    INDArray valueView(long offset, int rows, int cols) {
        return view(values, offset, rows, cols);
    }

    INDArray gradientView(long offset, int rows, int cols) {
        return view(gradients, offset, rows, cols);
    }

    private INDArray view(INDArray flat, long offset, int rows, int cols) {
        return Nd4j.create(flat.data(), new long[] {rows, cols}, new long[] {cols, 1}, offset, 'c', dtype);
    }

    @Override
    public void zeroGradients() {
        gradients.assign(0);
    }

    @Override
    public void setParameters(float[] v) {
        checkLength(v.length);
        values.data().setData(v);
    }

    @Override
    public void setParameters(double[] v) {
        checkLength(v.length);
        values.data().setData(v);
    }

    @Override
    public float[] parametersCopy() {
        return values.data().asFloat();
    }

    private void checkLength(int length) {
        if (length != count) {
            throw new IllegalArgumentException("expected " + count + " parameters, got " + length);
        }
    }
}
