package ganexplorer.metrics;

import ganexplorer.data.AffineGaussian;
import ganexplorer.data.Lines;
import ganexplorer.data.ToyDistribution;
import java.util.List;
import java.util.Locale;

/**
 * The independent (critic-free) measurements on one evaluation sample of a 2-D run. Two mode metrics sit side by
 * side (see {@link ModeCoverage}): {@code modes_covered}/{@code high_quality_fraction} (5 sigma, a mode from 1% of
 * the samples) and the papers' {@code modes_3sd}/{@code hq_3sd} (3 sigma, a mode from one sample), with
 * {@code modes_10pct}, the modes holding a tenth of the samples each within 3 sigma.
 *
 * @param threeSigma the papers' metric, or null on rows measured before it existed (older checkpoints)
 * @param modeShares each mode's share of the generated samples, in the data's mode order ({@link ModeCoverage#shares}:
 *                   within the modes' radius, as {@code modes_covered} counts them); null on rows measured before it
 *                   existed, empty when the data has no modes
 * @param nearestShares each mode's share of the generated samples it is the nearest mode of, however far
 *                   ({@link ModeCoverage#nearestShares}); null and empty as {@code modeShares}
 * @param gaussian   on data that is one Gaussian of known moments (gaussian-affine), how far the fakes' mean and
 *                   covariance are from them ({@code mean_err}, {@code cov_rel_err}); null elsewhere
 * @param theta      on the {@code lines} data (the WGAN paper's Example 1), the fakes' mean x-coordinate: the shift
 *                   generator's theta, since it puts every fake at x = theta ({@code theta}); null elsewhere
 */
public record ToyMetrics(double w1, int modesCovered, int modesTotal, double highQualityFraction, double js, double kl,
                         ModeCoverage threeSigma, List<Double> modeShares, List<Double> nearestShares,
                         GaussianFit gaussian, Double theta) implements SampleQuality {

    public ToyMetrics {
        modeShares = modeShares == null ? null : List.copyOf(modeShares);
        nearestShares = nearestShares == null ? null : List.copyOf(nearestShares);
    }

    /** A row without the papers' metric (its columns stay empty) nor the modes' shares. */
    public ToyMetrics(double w1, int modesCovered, int modesTotal, double highQualityFraction, double js, double kl) {
        this(w1, modesCovered, modesTotal, highQualityFraction, js, kl, null, null, null, null);
    }

    /** A row without the modes' shares. */
    public ToyMetrics(double w1, int modesCovered, int modesTotal, double highQualityFraction, double js, double kl,
                      ModeCoverage threeSigma) {
        this(w1, modesCovered, modesTotal, highQualityFraction, js, kl, threeSigma, null, null, null);
    }

    /** A row of data without known moments. */
    public ToyMetrics(double w1, int modesCovered, int modesTotal, double highQualityFraction, double js, double kl,
                      ModeCoverage threeSigma, List<Double> modeShares, List<Double> nearestShares) {
        this(w1, modesCovered, modesTotal, highQualityFraction, js, kl, threeSigma, modeShares, nearestShares, null);
    }

    /** A row of data other than the lines. */
    public ToyMetrics(double w1, int modesCovered, int modesTotal, double highQualityFraction, double js, double kl,
                      ModeCoverage threeSigma, List<Double> modeShares, List<Double> nearestShares, GaussianFit gaussian) {
        this(w1, modesCovered, modesTotal, highQualityFraction, js, kl, threeSigma, modeShares, nearestShares, gaussian,
                null);
    }

    public static ToyMetrics measure(float[] real, float[] fake, ToyDistribution data) {
        ModeCoverage coverage = ModeCoverage.of(fake, data.modes());
        GridDivergence div = GridDivergence.of(real, fake, data.bounds(), GridDivergence.DEFAULT_CELLS);
        GaussianFit fit = data instanceof AffineGaussian g ? GaussianFit.of(fake, g.mean(), g.covariance()) : null;
        return new ToyMetrics(Wasserstein.exactW1(real, fake), coverage.covered(), coverage.total(),
                coverage.highQualityFraction(), div.js(), div.kl(), ModeCoverage.threeSigma(fake, data.modes()),
                boxed(ModeCoverage.shares(fake, data.modes())), boxed(ModeCoverage.nearestShares(fake, data.modes())),
                fit, data instanceof Lines ? meanX(fake) : null);
    }

    private static double meanX(float[] points) {
        double sum = 0;
        for (int i = 0; i < points.length; i += 2) {
            sum += points[i];
        }
        return sum / (points.length / 2);
    }

    private static List<Double> boxed(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    @Override
    public double distance() {
        return w1;
    }

    @Override
    public double coverage() {
        return modesTotal == 0 ? Double.NaN : (double) modesCovered / modesTotal;
    }

    @Override
    public double qualityShare() {
        return highQualityFraction;
    }

    /** Modes with a sample within 3 sigma (VEEGAN/PacGAN), NaN when not measured or the data has no modes. */
    public double modes3sd() {
        return paper() ? threeSigma.covered() : Double.NaN;
    }

    /** Share of samples within 3 sigma of their nearest mode (VEEGAN/PacGAN). */
    public double hq3sd() {
        return paper() ? threeSigma.highQualityFraction() : Double.NaN;
    }

    /** Modes that hold at least 10% of the samples each, within 3 sigma. */
    public double modes10pct() {
        return paper() ? threeSigma.major() : Double.NaN;
    }

    private boolean paper() {
        return threeSigma != null && modesTotal > 0 && !Double.isNaN(threeSigma.highQualityFraction());
    }

    /**
     * The columns of every 2-D run, then {@code mode_share_0 ... mode_share_{K-1}} (each mode's share of the
     * generated samples within its radius) on data with K modes, then {@code mean_err} and {@code cov_rel_err} where
     * the data has them, and {@code theta} on the lines.
     */
    @Override
    public List<String> csvColumns() {
        List<String> names = List.of("w1", "modes_covered", "modes_total", "high_quality_fraction", "js", "kl", "modes_3sd",
                "hq_3sd", "modes_10pct");
        List<String> shares = java.util.stream.IntStream.range(0, modesTotal).mapToObj(m -> "mode_share_" + m).toList();
        names = concat(names, shares);
        names = gaussian == null ? names : concat(names, List.of("mean_err", "cov_rel_err"));
        return theta == null ? names : concat(names, List.of("theta"));
    }

    @Override
    public List<Double> csvValues() {
        List<Double> values = List.of(w1, modesTotal == 0 ? Double.NaN : modesCovered, (double) modesTotal,
                highQualityFraction, js, kl, modes3sd(), hq3sd(), modes10pct());
        // one column per mode, empty on rows measured before the shares were (so a resumed file keeps its columns)
        List<Double> shares = java.util.stream.IntStream.range(0, modesTotal)
                .mapToObj(m -> modeShares != null && m < modeShares.size() ? modeShares.get(m) : Double.NaN).toList();
        values = concat(values, shares);
        values = gaussian == null ? values : concat(values, List.of(gaussian.meanError(), gaussian.covRelError()));
        return theta == null ? values : concat(values, List.of(theta));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Override
    public String summary() {
        String modes = modesTotal > 0
                ? String.format(Locale.ROOT, "  modes %d/%d  hq %.2f", modesCovered, modesTotal, highQualityFraction) : "";
        String paper = paper() ? String.format(Locale.ROOT, "  3sd %d/%d hq %.2f", threeSigma.covered(), modesTotal,
                threeSigma.highQualityFraction()) : "";
        String fit = gaussian == null ? "" : String.format(Locale.ROOT, "  mean err %.3f cov err %.3f",
                gaussian.meanError(), gaussian.covRelError());
        String shift = theta == null ? "" : String.format(Locale.ROOT, "  theta %.4f  JS %.3f", theta, js);
        return String.format(Locale.ROOT, "W1 %.4f%s%s%s%s", w1, modes, paper, fit, shift);
    }
}
