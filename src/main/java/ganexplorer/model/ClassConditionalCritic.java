package ganexplorer.model;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A critic for labelled data: a convolutional critic with one linear output per class, of which each row's label
 * picks the output, D(x, y) = w_y . phi(x) + b_y. That is the projection discriminator of Miyato and Koyama (2018)
 * with a linear head. To the objectives it is an ordinary critic with one output per row, so every loss and the
 * exact gradient penalty (taken through the picked output) apply unchanged.
 *
 * <p>The labels belong to the rows of the passes that follow {@link #condition(int[])}, kept per row count as the
 * network keeps its buffers: a critic step sets the labels of its real-then-fake pass (2n rows) and of its penalty's
 * interpolates (n rows) before it starts.
 */
public final class ClassConditionalCritic implements Network {
    private final ConvNet net;
    private final int classes;
    private final java.util.Map<Integer, int[]> labelsByRows = new java.util.HashMap<>();

    public ClassConditionalCritic(ConvNetSpec spec, DataType dtype) {
        if (spec.outputs() < 2) {
            throw new IllegalArgumentException("a class-conditional critic needs one output per class, at least 2; got "
                    + spec.outputs());
        }
        this.net = new ConvNet(spec, dtype);
        this.classes = spec.outputs();
    }

    public int classes() {
        return classes;
    }

    /**
     * The label of each row of the next passes with rowLabels.length rows (kept, not copied: the caller refills its
     * array between steps).
     */
    public void condition(int[] rowLabels) {
        for (int label : rowLabels) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + label + " outside 0.." + (classes - 1));
            }
        }
        labelsByRows.put(rowLabels.length, rowLabels);
    }

    @Override
    public INDArray forward(INDArray x) {
        return pick(net.forward(x));
    }

    @Override
    public INDArray infer(INDArray x) {
        return pick(net.infer(x));
    }

    @Override
    public INDArray backward(INDArray outputGradient, boolean accumulateParameterGradients, boolean wantInputGradient) {
        return net.backward(spread(outputGradient.data().asDouble()), accumulateParameterGradients, wantInputGradient);
    }

    @Override
    public PenaltyValue addGradientPenalty(INDArray x, GradientPenalty penalty) {
        double[] ones = new double[(int) x.rows()];
        java.util.Arrays.fill(ones, 1);
        return net.addGradientPenalty(x, penalty, spread(ones));
    }

    /** Row i's output at column labels[i], as a rows x 1 column. */
    private INDArray pick(INDArray outputs) {
        int n = (int) outputs.rows();
        int[] labels = labels(n);
        double[] all = outputs.data().asDouble();
        double[] picked = new double[n];
        for (int i = 0; i < n; i++) {
            picked[i] = all[i * classes + labels[i]];
        }
        return Nd4j.create(picked, new long[] {n, 1}, 'c').castTo(net.dataType());
    }

    /** dLoss/dOutputs: row i's value at column labels[i], zero elsewhere (the other classes' outputs are unused). */
    private INDArray spread(double[] perRow) {
        int n = perRow.length;
        int[] labels = labels(n);
        double[] all = new double[n * classes];
        for (int i = 0; i < n; i++) {
            all[i * classes + labels[i]] = perRow[i];
        }
        return Nd4j.create(all, new long[] {n, classes}, 'c').castTo(net.dataType());
    }

    private int[] labels(int rows) {
        int[] labels = labelsByRows.get(rows);
        if (labels == null) {
            throw new IllegalStateException("the critic has no labels for a pass of " + rows + " rows");
        }
        return labels;
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
