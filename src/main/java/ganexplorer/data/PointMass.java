package ganexplorer.data;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * All the data at one point of the line: the Dirac-GAN's target (Mescheder et al. 2018), a point mass at 0 under the
 * name {@value #NAME}. One value per sample; every draw is the same, so no randomness is used.
 */
public record PointMass(double at) implements TrainingData {
    public static final String NAME = "dirac";
    public static final PointMass AT_ZERO = new PointMass(0);

    public PointMass {
        if (!Double.isFinite(at)) {
            throw new IllegalArgumentException("a point mass needs a finite position, got " + at);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public void sample(int n, RandomGenerator rng, float[] out) {
        Arrays.fill(out, 0, n, (float) at);
    }
}
