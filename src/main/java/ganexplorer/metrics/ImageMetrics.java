package ganexplorer.metrics;

import ganexplorer.metrics.image.ClassStatistics;
import ganexplorer.metrics.image.Embedding;
import ganexplorer.metrics.image.FeatureNet;
import ganexplorer.metrics.image.FeatureRows;
import ganexplorer.metrics.image.FrechetDistance;
import ganexplorer.metrics.image.KernelDistance;
import ganexplorer.metrics.image.ManifoldMetrics;
import ganexplorer.metrics.image.SlicedWasserstein;
import java.util.List;
import java.util.Locale;

/**
 * Image-quality numbers for generated digits against real ones, all computed from {@link FeatureNet} features and
 * class probabilities. They rank models trained here against each other; they are NOT comparable with published
 * Inception-based FID/KID/IS values (different network, features and data).
 *
 * @param fd             Fréchet distance of the 64-d features (FID-style; 0 for equal Gaussians)
 * @param kid            unbiased squared MMD, cubic polynomial kernel (about 0 for equal distributions)
 * @param precision      share of fakes inside the real k-NN manifold (k = 3)
 * @param recall         share of reals inside the fake k-NN manifold (k = 3)
 * @param density        Naeem et al.'s density (about 1 for equal distributions)
 * @param coverage       Naeem et al.'s coverage
 * @param classCoverage  classes that at least 1% of fakes are confidently classified as
 * @param classesTotal   classes the net knows (10)
 * @param confidentShare share of fakes whose top class probability is at least 0.9
 * @param inceptionScore the Inception-score analogue of the fakes, 1 to 10
 * @param slicedW        sliced Wasserstein-1 distance of the features (128 fixed directions)
 * @param labelAgreement for a class-conditional generator, the share of fakes the classifier puts in the class they
 *                       were drawn for (meaningful when the labels are the classifier's digits); NaN otherwise
 */
public record ImageMetrics(double fd, double kid, double precision, double recall, double density, double coverage,
                           int classCoverage, int classesTotal, double confidentShare, double inceptionScore,
                           double slicedW, double labelAgreement) implements SampleQuality {

    public static ImageMetrics measure(Embedding real, Embedding fake) {
        return measure(real, fake, null);
    }

    /** {@code fakeLabels}: the labels a conditional generator drew the fakes for, or null. */
    public static ImageMetrics measure(Embedding real, Embedding fake, int[] fakeLabels) {
        if (real.featureSize() != fake.featureSize() || real.classes() != fake.classes()) {
            throw new IllegalArgumentException("embeddings from different nets: " + real.featureSize() + "/" + real.classes()
                    + " and " + fake.featureSize() + "/" + fake.classes() + " features/classes");
        }
        FeatureRows r = real.featureRows();
        FeatureRows f = fake.featureRows();
        ManifoldMetrics manifold = ManifoldMetrics.of(r, f, ManifoldMetrics.DEFAULT_K);
        ClassStatistics classes = ClassStatistics.of(fake);
        return new ImageMetrics(FrechetDistance.between(r, f), KernelDistance.unbiasedMmd2(r, f),
                manifold.precision(), manifold.recall(), manifold.density(), manifold.coverage(),
                classes.classCoverage(), classes.classesTotal(), classes.confidentShare(), classes.inceptionScore(),
                SlicedWasserstein.between(r, f),
                fakeLabels == null ? Double.NaN : ClassStatistics.labelAgreement(fake, fakeLabels));
    }

    /** Sliced W1 between flat rows of any width (raw pixels of shapes FeatureNet does not accept, for instance). */
    public static double slicedWasserstein(float[] a, float[] b, int dim) {
        return SlicedWasserstein.distance(a, b, dim);
    }

    /**
     * For images the shipped net does not take (it knows 28 x 28 digits): the sliced W between the raw pixel rows,
     * and nothing that needs the classifier.
     */
    public static ImageMetrics pixelsOnly(double slicedW) {
        double nan = Double.NaN;
        return new ImageMetrics(nan, nan, nan, nan, nan, nan, 0, 0, nan, nan, slicedW, nan);
    }

    @Override
    public double distance() {
        return slicedW;
    }

    @Override
    public double coverage() {
        return classesTotal == 0 ? Double.NaN : (double) classCoverage / classesTotal;
    }

    @Override
    public double qualityShare() {
        return confidentShare;
    }

    @Override
    public List<String> csvColumns() {
        return List.of("sliced_w", "fd", "kid", "precision", "recall", "density", "coverage", "class_coverage",
                "classes_total", "confident_share", "inception_score", "label_agreement");
    }

    @Override
    public List<Double> csvValues() {
        return List.of(slicedW, fd, kid, precision, recall, density, coverage,
                classesTotal == 0 ? Double.NaN : classCoverage, classesTotal == 0 ? Double.NaN : classesTotal,
                confidentShare, inceptionScore, labelAgreement);
    }

    @Override
    public String summary() {
        if (classesTotal == 0) {
            return String.format(Locale.ROOT, "sliced W (pixels) %.4f", slicedW);
        }
        String line = String.format(Locale.ROOT, "sliced W %.3f  FD %.1f  prec %.2f  rec %.2f  classes %d/%d  confident %.2f",
                slicedW, fd, precision, recall, classCoverage, classesTotal, confidentShare);
        return Double.isNaN(labelAgreement) ? line : line + String.format(Locale.ROOT, "  as labelled %.2f", labelAgreement);
    }
}
