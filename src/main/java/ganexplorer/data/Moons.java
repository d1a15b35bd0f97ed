package ganexplorer.data;

import java.util.random.RandomGenerator;

/** Two interleaved half circles (as scikit-learn's make_moons), centred on the origin. */
public record Moons(double noise) implements ToyDistribution {
    @Override
    public String name() {
        return "moons";
    }

    @Override
    public void sample(int n, RandomGenerator rng, float[] out) {
        for (int i = 0; i < n; i++) {
            double t = Math.PI * rng.nextDouble();
            boolean upper = rng.nextBoolean();
            double x = upper ? Math.cos(t) : 1 - Math.cos(t);
            double y = upper ? Math.sin(t) : 0.5 - Math.sin(t);
            out[2 * i] = (float) (x - 0.5 + noise * rng.nextGaussian());
            out[2 * i + 1] = (float) (y - 0.25 + noise * rng.nextGaussian());
        }
    }

    @Override
    public Bounds bounds() {
        return Bounds.square(2);
    }
}
