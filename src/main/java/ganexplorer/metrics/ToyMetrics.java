package ganexplorer.metrics;

import ganexplorer.data.ToyDistribution;
import java.util.List;
import java.util.Locale;

/** The independent (critic-free) measurements on one evaluation sample of a 2-D run. */
public record ToyMetrics(double w1, int modesCovered, int modesTotal, double highQualityFraction, double js, double kl)
        implements SampleQuality {

    public static ToyMetrics measure(float[] real, float[] fake, ToyDistribution data) {
        ModeCoverage coverage = ModeCoverage.of(fake, data.modes());
        GridDivergence div = GridDivergence.of(real, fake, data.bounds(), GridDivergence.DEFAULT_CELLS);
        return new ToyMetrics(Wasserstein.exactW1(real, fake), coverage.covered(), coverage.total(),
                coverage.highQualityFraction(), div.js(), div.kl());
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

    @Override
    public List<String> csvColumns() {
        return List.of("w1", "modes_covered", "modes_total", "high_quality_fraction", "js", "kl");
    }

    @Override
    public List<Double> csvValues() {
        return List.of(w1, modesTotal == 0 ? Double.NaN : modesCovered, (double) modesTotal, highQualityFraction, js, kl);
    }

    @Override
    public String summary() {
        String modes = modesTotal > 0
                ? String.format(Locale.ROOT, "  modes %d/%d  hq %.2f", modesCovered, modesTotal, highQualityFraction) : "";
        return String.format(Locale.ROOT, "W1 %.4f%s", w1, modes);
    }
}
