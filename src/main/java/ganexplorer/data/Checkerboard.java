package ganexplorer.data;

import java.util.random.RandomGenerator;

/** Uniform mass on the dark squares of a 4 x 4 board spanning [-2, 2]: sharp edges, eight disjoint pieces. */
public record Checkerboard() implements ToyDistribution {
    @Override
    public String name() {
        return "checkerboard";
    }

    @Override
    public void sample(int n, RandomGenerator rng, float[] out) {
        for (int i = 0; i < n; i++) {
            int col = rng.nextInt(4);
            int row = 2 * rng.nextInt(2) + (col % 2); // dark squares: row + col even
            out[2 * i] = (float) (col - 2 + rng.nextDouble());
            out[2 * i + 1] = (float) (row - 2 + rng.nextDouble());
        }
    }

    @Override
    public Bounds bounds() {
        return Bounds.square(2.75);
    }
}
