package ganexplorer.data;

import java.util.random.RandomGenerator;

/** Two arms of an Archimedean spiral, point-symmetric about the origin. */
public record Spiral(double turns, double noise) implements ToyDistribution {
    @Override
    public String name() {
        return "spiral";
    }

    @Override
    public void sample(int n, RandomGenerator rng, float[] out) {
        for (int i = 0; i < n; i++) {
            double t = Math.sqrt(rng.nextDouble()); // even density along the arm's length
            double a = 2 * Math.PI * turns * t;
            double r = 2 * t;
            double sign = rng.nextBoolean() ? 1 : -1;
            out[2 * i] = (float) (sign * r * Math.cos(a) + noise * rng.nextGaussian());
            out[2 * i + 1] = (float) (sign * r * Math.sin(a) + noise * rng.nextGaussian());
        }
    }

    @Override
    public Bounds bounds() {
        return Bounds.square(2.75);
    }
}
