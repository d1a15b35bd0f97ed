package ganexplorer.data;

import java.util.random.RandomGenerator;

/** Points on a circle with Gaussian radial noise: one connected mode with a hole, hard to cover evenly. */
public record Circle(double radius, double noise) implements ToyDistribution {
    @Override
    public String name() {
        return "circle";
    }

    @Override
    public void sample(int n, RandomGenerator rng, float[] out) {
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * rng.nextDouble();
            double r = radius + noise * rng.nextGaussian();
            out[2 * i] = (float) (r * Math.cos(a));
            out[2 * i + 1] = (float) (r * Math.sin(a));
        }
    }

    @Override
    public Bounds bounds() {
        return Bounds.square(radius * 1.5);
    }
}
