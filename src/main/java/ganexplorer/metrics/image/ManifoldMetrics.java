package ganexplorer.metrics.image;

import java.util.Arrays;

/**
 * Fidelity and diversity from k-nearest-neighbour balls. Each sample's ball reaches to its k-th nearest neighbour in
 * its own set; the union of a set's balls estimates its manifold.
 *
 * @param precision share of fake samples inside the real manifold (Kynkäänniemi et al. 2019, "Improved Precision and
 *                  Recall Metric for Assessing Generative Models"): are the samples realistic?
 * @param recall    share of real samples inside the fake manifold (same paper): is all of the data reproduced?
 * @param density   mean number of real balls holding a fake sample, divided by k (Naeem et al. 2020, "Reliable
 *                  Fidelity and Diversity Metrics for Generative Models"): like precision but counting, so one outlier
 *                  real sample with a huge ball cannot vouch for many fakes; about 1 for equal distributions, may
 *                  exceed 1
 * @param coverage  share of real balls holding at least one fake sample (same paper): recall measured from the real
 *                  side only, so fake outliers cannot inflate it
 */
public record ManifoldMetrics(double precision, double recall, double density, double coverage) {
    public static final int DEFAULT_K = 3;

    public static ManifoldMetrics of(FeatureRows real, FeatureRows fake, int k) {
        if (real.dim() != fake.dim()) {
            throw new IllegalArgumentException("feature sizes differ: " + real.dim() + " and " + fake.dim());
        }
        if (k < 1 || real.n() <= k || fake.n() <= k) {
            throw new IllegalArgumentException("k = " + k + " needs more than k samples per set, got " + real.n()
                    + " real and " + fake.n() + " fake");
        }
        double[] realRadius = kthNeighbourDistances(real, k);
        double[] fakeRadius = kthNeighbourDistances(fake, k);
        boolean[] fakeInReal = new boolean[fake.n()];
        boolean[] realInFake = new boolean[real.n()];
        boolean[] realBallHit = new boolean[real.n()];
        long ballsHoldingFakes = 0;
        for (int i = 0; i < real.n(); i++) {
            for (int j = 0; j < fake.n(); j++) {
                double d = squaredDistance(real, i, fake, j);
                if (d <= realRadius[i]) {
                    fakeInReal[j] = true;
                    realBallHit[i] = true;
                    ballsHoldingFakes++;
                }
                if (d <= fakeRadius[j]) {
                    realInFake[i] = true;
                }
            }
        }
        return new ManifoldMetrics(share(fakeInReal), share(realInFake),
                ballsHoldingFakes / ((double) k * fake.n()), share(realBallHit));
    }

    /** Squared distance from each point to its k-th nearest other point (squared, as every comparison here is). */
    static double[] kthNeighbourDistances(FeatureRows x, int k) {
        double[][] nearest = new double[x.n()][k];
        for (double[] row : nearest) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int i = 0; i < x.n(); i++) {
            for (int j = i + 1; j < x.n(); j++) {
                double d = squaredDistance(x, i, x, j);
                insert(nearest[i], d);
                insert(nearest[j], d);
            }
        }
        double[] radius = new double[x.n()];
        for (int i = 0; i < x.n(); i++) {
            radius[i] = nearest[i][k - 1];
        }
        return radius;
    }

    /** Keeps the ascending array of the smallest values seen. */
    private static void insert(double[] smallest, double d) {
        int p = smallest.length - 1;
        if (d >= smallest[p]) {
            return;
        }
        while (p > 0 && smallest[p - 1] > d) {
            smallest[p] = smallest[p - 1];
            p--;
        }
        smallest[p] = d;
    }

    static double squaredDistance(FeatureRows a, int i, FeatureRows b, int j) {
        float[] av = a.values();
        float[] bv = b.values();
        int oa = i * a.dim();
        int ob = j * b.dim();
        double sum = 0;
        for (int c = 0; c < a.dim(); c++) {
            double diff = av[oa + c] - (double) bv[ob + c];
            sum += diff * diff;
        }
        return sum;
    }

    private static double share(boolean[] flags) {
        int count = 0;
        for (boolean f : flags) {
            if (f) {
                count++;
            }
        }
        return count / (double) flags.length;
    }
}
