package ganexplorer.model;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * The shift generator of the WGAN paper's Example 1: one latent value in, a point (theta, y) out, one parameter.
 *
 * @param theta0 where the generator's segment starts (the paper's figure: 2)
 */
public record ShiftSpec(double theta0) implements NetworkSpec {
    public ShiftSpec {
        if (!Double.isFinite(theta0)) {
            throw new IllegalArgumentException("the shift generator's start theta0 must be a finite number, got " + theta0);
        }
    }

    @Override
    public int inputs() {
        return 1;
    }

    @Override
    public int outputs() {
        return 2;
    }

    @Override
    public long parameterCount() {
        return 1;
    }

    @Override
    public int[] layerParameterCounts() {
        return new int[] {1};
    }

    @Override
    public Network build(DataType dtype) {
        return new ShiftNetwork(this, dtype);
    }
}
