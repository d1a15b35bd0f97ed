package ganexplorer.metrics;

/**
 * Minimum-cost perfect matching in a dense n x n cost matrix: the Hungarian method with potentials and
 * shortest augmenting paths (Kuhn-Munkres in the Jonker-Volgenant form), O(n^3) worst case, no allocation per row.
 * Costs must be finite: a NaN or infinite slack never wins a comparison, so the search would find no column to
 * grow into and spin forever. Non-finite costs are refused up front, and a search that stops making progress (finite
 * costs so large that the potentials overflow) throws instead of looping.
 */
public final class OptimalAssignment {
    private OptimalAssignment() {
    }

    /**
     * Returns {@code match} where row i is assigned to column {@code match[i]}; {@code cost} is row-major n x n.
     */
    public static int[] solve(double[] cost, int n) {
        if (cost.length != (long) n * n) {
            throw new IllegalArgumentException("cost matrix must have n*n = " + (long) n * n + " entries, got " + cost.length);
        }
        for (int k = 0; k < cost.length; k++) {
            if (!Double.isFinite(cost[k])) {
                throw new IllegalArgumentException("cost of row " + k / n + ", column " + k % n + " is " + cost[k]
                        + ": an optimal assignment needs finite costs");
            }
        }
        // 1-based arrays as in the classical formulation; column 0 is a virtual start.
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] rowOfColumn = new int[n + 1];
        int[] way = new int[n + 1];
        double[] minSlack = new double[n + 1];
        boolean[] used = new boolean[n + 1];
        boolean[] rowMatched = matchTightEdges(cost, n, u, v, rowOfColumn);
        for (int i = 1; i <= n; i++) {
            if (rowMatched[i]) {
                continue;
            }
            rowOfColumn[0] = i;
            int j0 = 0;
            java.util.Arrays.fill(minSlack, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(used, false);
            int grown = 0;
            do {
                // each pass adds one unused column to the tree, so n passes always reach a free column
                if (++grown > n) {
                    throw new IllegalStateException("optimal assignment made no progress on row " + (i - 1)
                            + " after " + n + " passes: the costs are too large for double arithmetic");
                }
                used[j0] = true;
                int i0 = rowOfColumn[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                int rowBase = (i0 - 1) * n - 1;
                double ui0 = u[i0];
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost[rowBase + j] - ui0 - v[j];
                        if (cur < minSlack[j]) {
                            minSlack[j] = cur;
                            way[j] = j0;
                        }
                        if (minSlack[j] < delta) {
                            delta = minSlack[j];
                            j1 = j;
                        }
                    }
                }
                if (j1 == 0) {
                    // every slack is NaN or infinite (overflowed potentials): no column can join the tree
                    throw new IllegalStateException("optimal assignment found no finite slack on row " + (i - 1)
                            + ": the costs are too large for double arithmetic");
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minSlack[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOfColumn[j0] != 0);
            do {
                int j1 = way[j0];
                rowOfColumn[j0] = rowOfColumn[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] match = new int[n];
        if (n == 0) {
            return match;
        }
        for (int j = 1; j <= n; j++) {
            match[rowOfColumn[j] - 1] = j - 1;
        }
        return match;
    }

    /**
     * Feasible starting potentials (row minima, then column minima of what is left) and a greedy matching on the
     * edges they make tight. Complementary slackness holds for it, so the augmenting phase only has to place the
     * remaining rows; on point clouds this cuts the work several times over.
     */
    private static boolean[] matchTightEdges(double[] cost, int n, double[] u, double[] v, int[] rowOfColumn) {
        for (int i = 1; i <= n; i++) {
            double min = Double.POSITIVE_INFINITY;
            int base = (i - 1) * n - 1;
            for (int j = 1; j <= n; j++) {
                min = Math.min(min, cost[base + j]);
            }
            u[i] = min;
        }
        java.util.Arrays.fill(v, Double.POSITIVE_INFINITY);
        v[0] = 0;
        for (int i = 1; i <= n; i++) {
            int base = (i - 1) * n - 1;
            for (int j = 1; j <= n; j++) {
                v[j] = Math.min(v[j], cost[base + j] - u[i]);
            }
        }
        boolean[] rowMatched = new boolean[n + 1];
        for (int i = 1; i <= n; i++) {
            int base = (i - 1) * n - 1;
            for (int j = 1; j <= n; j++) {
                if (rowOfColumn[j] == 0 && cost[base + j] - u[i] - v[j] == 0) {
                    rowOfColumn[j] = i;
                    rowMatched[i] = true;
                    break;
                }
            }
        }
        return rowMatched;
    }
}
