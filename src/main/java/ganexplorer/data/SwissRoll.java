package ganexplorer.data;

import java.util.random.RandomGenerator;

/** The 2-D Swiss roll (t cos t, t sin t) for t in [1.5 pi, 4.5 pi], scaled to fit in [-2, 2]. */
public record SwissRoll(double noise) implements ToyDistribution {
    private static final double SCALE = 2 / (4.5 * Math.PI);

    @Override
    public String name() {
        return "swissroll";
    }

    @Override
    public void sample(int n, RandomGenerator rng, float[] out) {
        for (int i = 0; i < n; i++) {
            double t = 1.5 * Math.PI * (1 + 2 * rng.nextDouble());
            out[2 * i] = (float) (SCALE * t * Math.cos(t) + noise * rng.nextGaussian());
            out[2 * i + 1] = (float) (SCALE * t * Math.sin(t) + noise * rng.nextGaussian());
        }
    }

    @Override
    public Bounds bounds() {
        return Bounds.square(2.75);
    }
}
