package ganexplorer.metrics;

import ganexplorer.data.Modes;
import ganexplorer.data.Point;
import java.util.List;

/**
 * How many modes a sample reaches and how many of its points sit on one, under two definitions kept side by side:
 * <ul>
 * <li>{@link #of}: this project's first metric, from the PyTorch reference scripts ({@code modes_covered},
 * {@code high_quality_fraction}): a sample is near a mode within the mode's radius (five standard deviations of a
 * Gaussian mode, {@link Modes#radius()}), and a mode counts when at least 1% of the samples are near it;</li>
 * <li>{@link #threeSigma}: the papers' metric, VEEGAN (Srivastava et al. 2017, Table 1) and PacGAN (Lin et al. 2018,
 * Table 1) ({@code modes_3sd}, {@code hq_3sd}): a sample is high quality within three standard deviations of its
 * nearest mode, and a mode counts when it has at least one high-quality sample. Only this one compares with their
 * tables.</li>
 * </ul>
 *
 * @param covered   modes counted
 * @param total     modes of the distribution
 * @param highQualityFraction share of samples near some mode (NaN without modes or samples)
 * @param major     modes that each hold at least a tenth of all samples ({@code modes_10pct}): a sharp collapse onto
 *                  one or two modes shows as 1 or 2 here with a high quality share
 */
public record ModeCoverage(int covered, int total, double highQualityFraction, int major) {
    public static final double MIN_SHARE = 0.01;
    /** The papers' radius, in standard deviations of a mode. */
    public static final double PAPER_RADIUS_IN_STD = 3;
    public static final double MAJOR_SHARE = 0.1;

    /** Within the modes' radius (5 sigma), a mode counted from 1% of the samples. */
    public static ModeCoverage of(float[] samples, Modes modes) {
        return count(samples, modes.centres(), modes.radius(), MIN_SHARE);
    }

    /**
     * The papers' metric: within three standard deviations, a mode counted from one sample. Modes that are not
     * Gaussians (no standard deviation) get NaN and no counts.
     */
    public static ModeCoverage threeSigma(float[] samples, Modes modes) {
        if (Double.isNaN(modes.std())) {
            return new ModeCoverage(0, modes.count(), Double.NaN, 0);
        }
        return count(samples, modes.centres(), PAPER_RADIUS_IN_STD * modes.std(), 0);
    }

    /**
     * Each mode's share of the samples: those whose nearest centre it is, within the modes' radius (as {@link #of}
     * counts them; the rest are near no mode). Empty without modes, NaN shares without samples.
     */
    public static double[] shares(float[] samples, Modes modes) {
        return shares(samples, modes.centres(), modes.radius());
    }

    /**
     * Each mode's share of the samples it is the nearest mode of, however far: where a collapsed generator went even
     * when its blob sits beside a mode (the share near no mode is 1 minus the sum of {@link #shares}).
     */
    public static double[] nearestShares(float[] samples, Modes modes) {
        return shares(samples, modes.centres(), Double.POSITIVE_INFINITY);
    }

    private static double[] shares(float[] samples, List<Point> centres, double radius) {
        int n = samples.length / 2;
        int[] counts = counts(samples, centres, radius);
        double[] shares = new double[counts.length];
        for (int m = 0; m < counts.length; m++) {
            shares[m] = n == 0 ? Double.NaN : (double) counts[m] / n;
        }
        return shares;
    }

    /** Each sample goes to its nearest centre if within {@code radius}; a mode counts from max(1, minShare n) samples. */
    private static ModeCoverage count(float[] samples, List<Point> centres, double radius, double minShare) {
        int n = samples.length / 2;
        if (centres.isEmpty() || n == 0) {
            return new ModeCoverage(0, centres.size(), Double.NaN, 0);
        }
        int[] counts = counts(samples, centres, radius);
        int near = 0;
        for (int c : counts) {
            near += c;
        }
        int covered = 0;
        int major = 0;
        for (int c : counts) {
            if (c > 0 && c >= minShare * n) {
                covered++;
            }
            if (c >= MAJOR_SHARE * n) {
                major++;
            }
        }
        return new ModeCoverage(covered, centres.size(), (double) near / n, major);
    }

    /** Samples per centre: each goes to its nearest centre if within {@code radius}. */
    private static int[] counts(float[] samples, List<Point> centres, double radius) {
        int n = samples.length / 2;
        int[] counts = new int[centres.size()];
        if (centres.isEmpty()) {
            return counts;
        }
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
            if (bestDistance <= radius) {
                counts[best]++;
            }
        }
        return counts;
    }
}
