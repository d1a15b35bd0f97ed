package ganexplorer.metrics;

import ganexplorer.data.ToyDistribution;

/** The independent (critic-free) measurements on one evaluation sample of a 2-D run. */
public record ToyMetrics(double w1, int modesCovered, int modesTotal, double highQualityFraction, double js, double kl) {

    public static ToyMetrics measure(float[] real, float[] fake, ToyDistribution data) {
        ModeCoverage coverage = ModeCoverage.of(fake, data.modes());
        GridDivergence div = GridDivergence.of(real, fake, data.bounds(), GridDivergence.DEFAULT_CELLS);
        return new ToyMetrics(Wasserstein.exactW1(real, fake), coverage.covered(), coverage.total(),
                coverage.highQualityFraction(), div.js(), div.kl());
    }
}
