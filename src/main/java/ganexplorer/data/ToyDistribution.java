package ganexplorer.data;

import java.util.random.RandomGenerator;

/**
 * A 2-D target distribution. Sampling writes interleaved (x, y) pairs so the trainer can copy a whole batch
 * into one native buffer; every draw comes from the generator it is given, which keeps runs reproducible.
 */
public sealed interface ToyDistribution extends TrainingData
        permits GaussianMixture, AffineGaussian, Circle, Moons, Spiral, SwissRoll, Checkerboard, PointSet, Lines {

    @Override
    default int dimension() {
        return 2;
    }

    /** Fills {@code out[0 .. 2n)} with n samples as x0, y0, x1, y1, ... */
    @Override
    void sample(int n, RandomGenerator rng, float[] out);

    /** Mode centres and radius, or {@link Modes#NONE}. */
    default Modes modes() {
        return Modes.NONE;
    }

    /** A box that holds nearly all the mass with a margin, for plots and grid metrics. */
    Bounds bounds();
}
