package ganexplorer.data;

import java.util.random.RandomGenerator;

/**
 * The WGAN paper's Example 1 (Arjovsky et al. 2017): the segment x = 0, y ~ U[0, 1]. A generator that draws the same
 * segment shifted to x = theta has a support disjoint from it for every theta != 0, so the JS divergence is log 2 and
 * the KL divergence infinite whatever theta is, while the earth mover's distance is exactly |theta|.
 */
public record Lines() implements ToyDistribution {
    public static final String NAME = "lines";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void sample(int n, RandomGenerator rng, float[] out) {
        for (int i = 0; i < n; i++) {
            out[2 * i] = 0;
            out[2 * i + 1] = (float) rng.nextDouble();
        }
    }

    /**
     * A 4 x 4 square around the segment that holds the shift generator's start at theta = 2 with room to spare. The
     * JS grid's 40 cells are 0.1 wide and the data's segment runs down the middle of one column, so the two segments
     * share a column exactly when |theta| < 0.05, whichever side G comes from.
     */
    @Override
    public Bounds bounds() {
        return new Bounds(-1.05, 2.95, -1.5, 2.5);
    }
}
