package ganexplorer.metrics;

import ganexplorer.data.Modes;
import ganexplorer.data.Point;
import java.util.List;

/**
 * Mode coverage as in the unrolled-GAN and VEEGAN papers: a mode counts as covered when at least 1% of the samples
 * lie within its radius; the high-quality fraction is the share of samples within the radius of some mode.
 */
public record ModeCoverage(int covered, int total, double highQualityFraction) {
    public static final double MIN_SHARE = 0.01;

    public static ModeCoverage of(float[] samples, Modes modes) {
        List<Point> centres = modes.centres();
        int n = samples.length / 2;
        if (centres.isEmpty() || n == 0) {
            return new ModeCoverage(0, centres.size(), Double.NaN);
        }
        int[] counts = new int[centres.size()];
        int near = 0;
        double r = modes.radius();
        for (int i = 0; i < n; i++) {
            double x = samples[2 * i];
            double y = samples[2 * i + 1];
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int m = 0; m < centres.size(); m++) {
                double dist = centres.get(m).distanceTo(x, y);
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = m;
                }
            }
            if (bestDistance <= r) {
                counts[best]++;
                near++;
            }
        }
        int covered = 0;
        for (int c : counts) {
            if (c >= MIN_SHARE * n) {
                covered++;
            }
        }
        return new ModeCoverage(covered, centres.size(), (double) near / n);
    }
}
