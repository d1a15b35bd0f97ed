package ganexplorer.metrics;

/**
 * The exact empirical 1-Wasserstein distance between two equal-size 2-D point sets: the mean Euclidean distance
 * under the optimal one-to-one assignment. It trusts no critic, so it compares objectives on one scale.
 */
public final class Wasserstein {
    private Wasserstein() {
    }

    /**
     * Points are interleaved x, y; both sets must have the same number of points, every coordinate finite.
     *
     * @param a the real points
     * @param b the generated points
     * @throws IllegalArgumentException for sets of different sizes or a NaN or infinite coordinate, naming the point
     */
    public static double exactW1(float[] a, float[] b) {
        if (a.length != b.length || a.length % 2 != 0 || a.length == 0) {
            throw new IllegalArgumentException("W1 needs two non-empty point sets of equal size, got "
                    + a.length / 2 + " and " + b.length / 2 + " points");
        }
        // before the n x n cost matrix: a diverged generator must be told at once, not after O(n^2) work
        requireFinite(a, "real");
        requireFinite(b, "generated");
        int n = a.length / 2;
        double[] cost = new double[n * n];
        for (int i = 0; i < n; i++) {
            double ax = a[2 * i];
            double ay = a[2 * i + 1];
            for (int j = 0; j < n; j++) {
                cost[i * n + j] = Math.hypot(ax - b[2 * j], ay - b[2 * j + 1]);
            }
        }
        int[] match = OptimalAssignment.solve(cost, n);
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += cost[i * n + match[i]];
        }
        return total / n;
    }

    private static void requireFinite(float[] xy, String kind) {
        for (int k = 0; k < xy.length; k++) {
            if (!Float.isFinite(xy[k])) {
                throw new IllegalArgumentException(kind + " point " + k / 2 + " has a non-finite coordinate ("
                        + (k % 2 == 0 ? "x" : "y") + " = " + xy[k] + ")");
            }
        }
    }
}
