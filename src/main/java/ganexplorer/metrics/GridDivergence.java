package ganexplorer.metrics;

import ganexplorer.data.Bounds;

/**
 * Jensen-Shannon and Kullback-Leibler divergences between two point sets, as GAN Lab shows them: both sets are
 * binned on the same grid (points outside the bounds go to the nearest edge cell), 1% of the mass is spread evenly
 * over all cells so KL stays finite without drowning a 1,000-point sample in pseudo counts, and the divergences of
 * the two histograms are taken in nats.
 */
public record GridDivergence(double js, double kl) {
    public static final int DEFAULT_CELLS = 40;
    private static final double SMOOTHING_MASS = 0.01;

    /** KL is KL(real || fake): large when the generator misses places where real data lives. */
    public static GridDivergence of(float[] real, float[] fake, Bounds bounds, int cells) {
        double[] p = histogram(real, bounds, cells);
        double[] q = histogram(fake, bounds, cells);
        double js = 0;
        double kl = 0;
        for (int i = 0; i < p.length; i++) {
            double m = 0.5 * (p[i] + q[i]);
            js += 0.5 * p[i] * Math.log(p[i] / m) + 0.5 * q[i] * Math.log(q[i] / m);
            kl += p[i] * Math.log(p[i] / q[i]);
        }
        return new GridDivergence(Math.max(0, js), Math.max(0, kl));
    }

    static double[] histogram(float[] points, Bounds b, int cells) {
        double[] h = new double[cells * cells];
        int n = points.length / 2;
        for (int i = 0; i < n; i++) {
            int cx = cell(points[2 * i], b.minX(), b.width(), cells);
            int cy = cell(points[2 * i + 1], b.minY(), b.height(), cells);
            h[cy * cells + cx] += 1;
        }
        double floor = SMOOTHING_MASS / h.length;
        for (int i = 0; i < h.length; i++) {
            h[i] = (1 - SMOOTHING_MASS) * h[i] / Math.max(n, 1) + floor;
        }
        return h;
    }

    private static int cell(double v, double min, double size, int cells) {
        int c = (int) Math.floor((v - min) / size * cells);
        return Math.min(cells - 1, Math.max(0, c));
    }
}
