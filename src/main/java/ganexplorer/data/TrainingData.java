package ganexplorer.data;

import java.util.random.RandomGenerator;

/**
 * What a GAN learns to imitate: points of a fixed dimension drawn on demand. The set of kinds is closed - 2-D toy
 * distributions, image sets and the Dirac-GAN's point mass on the line - because each has its own pictures and metrics.
 */
public sealed interface TrainingData permits ToyDistribution, ImageData, PointMass {

    /** The name a user typed: a built-in name or a path. */
    String name();

    /** Floats per sample: 2 for the plane, channels x height x width for images. */
    int dimension();

    /** Fills {@code out[0 .. n * dimension())} with n samples, one row after another. */
    void sample(int n, RandomGenerator rng, float[] out);
}
