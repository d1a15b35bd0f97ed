package ganexplorer.model;

import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * G(z) = (theta, (z + 1) / 2) for z ~ U[-1, 1] (the project's uniform prior): the segment x = theta, y ~ U[0, 1], and
 * one parameter. Its backward pass is exact by hand: dL/dtheta is the sum of dL/dx over the rows, dL/dz half of
 * dL/dy. A generator only: it has no critic's penalty.
 */
final class ShiftNetwork implements Network {
    private final ShiftSpec spec;
    private final DataType dtype;
    private final INDArray theta;
    private final INDArray gradient;
    private final Map<Integer, INDArray> outputs = new HashMap<>();
    private final Map<Integer, INDArray> inputGradients = new HashMap<>();

    ShiftNetwork(ShiftSpec spec, DataType dtype) {
        this.spec = spec;
        this.dtype = dtype;
        theta = Nd4j.create(dtype, 1, 1);
        gradient = Nd4j.create(dtype, 1, 1);
        theta.putScalar(0, spec.theta0());
    }

    @Override
    public NetworkSpec spec() {
        return spec;
    }

    @Override
    public DataType dataType() {
        return dtype;
    }

    /** Starts at theta0: the experiment is about where the segment starts, so no random draw. */
    @Override
    public void initialize(RandomGenerator rng) {
        theta.putScalar(0, spec.theta0());
    }

    @Override
    public INDArray forward(INDArray x) {
        if (x.columns() != 1) {
            throw new IllegalArgumentException("the shift generator reads one latent value per row, got " + x.columns());
        }
        int rows = (int) x.rows();
        double[] z = x.dup('c').data().asDouble(); // a view's buffer may hold more than its rows
        double[] out = new double[2 * rows];
        double t = theta.getDouble(0);
        for (int i = 0; i < rows; i++) {
            out[2 * i] = t;
            out[2 * i + 1] = (z[i] + 1) / 2;
        }
        INDArray result = outputs.computeIfAbsent(rows, r -> Nd4j.create(dtype, r, 2));
        result.data().setData(out);
        return result;
    }

    @Override
    public INDArray backward(INDArray outputGradient, boolean accumulateParameterGradients, boolean wantInputGradient) {
        int rows = (int) outputGradient.rows();
        double[] g = outputGradient.dup('c').data().asDouble();
        if (accumulateParameterGradients) {
            double sum = 0;
            for (int i = 0; i < rows; i++) {
                sum += g[2 * i];
            }
            gradient.putScalar(0, gradient.getDouble(0) + sum);
        }
        if (!wantInputGradient) {
            return null;
        }
        double[] dz = new double[rows];
        for (int i = 0; i < rows; i++) {
            dz[i] = g[2 * i + 1] / 2;
        }
        INDArray result = inputGradients.computeIfAbsent(rows, r -> Nd4j.create(dtype, r, 1));
        result.data().setData(dz);
        return result;
    }

    @Override
    public PenaltyValue addGradientPenalty(INDArray x, GradientPenalty penalty) {
        throw new IllegalStateException("the shift generator is no critic: it has no gradient penalty");
    }

    @Override
    public INDArray parameters() {
        return theta;
    }

    @Override
    public INDArray gradients() {
        return gradient;
    }

    @Override
    public void zeroGradients() {
        gradient.assign(0);
    }

    @Override
    public void setParameters(float[] values) {
        check(values.length);
        theta.putScalar(0, values[0]);
    }

    @Override
    public void setParameters(double[] values) {
        check(values.length);
        theta.putScalar(0, values[0]);
    }

    @Override
    public float[] parametersCopy() {
        return new float[] {theta.getFloat(0)};
    }

    private static void check(int length) {
        if (length != 1) {
            throw new IllegalArgumentException("the shift generator has one parameter, theta; got " + length);
        }
    }
}
