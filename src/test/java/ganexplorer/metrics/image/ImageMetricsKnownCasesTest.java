package ganexplorer.metrics.image;

import ganexplorer.metrics.ImageMetrics;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.data.BundledDigits;
import ganexplorer.data.ImageSet;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The known cases, scored with the shipped net. */
class ImageMetricsKnownCasesTest {
    private static final int N = 1000;
    private static ImageSet digits;
    private static ImageMetrics realVsReal;
    private static ImageMetrics realVsNoise;
    private static ImageMetrics fiveClassesDropped;

    @BeforeAll
    static void embedOnce() {
        digits = BundledDigits.load();
        FeatureNet net = FeatureNet.bundled();
        // Real: training digits 0-999. "Generated" stand-ins: the 1,000 held-out digits (unseen by the net, as a
        // generator's samples are), uniform noise, and real digits of classes 0-4 only.
        Embedding real = net.embed(digits.scaledRows(0, N), N);
        Embedding heldOut = net.embed(digits.scaledRows(digits.count() - N, N), N);
        Embedding noise = net.embed(uniformNoise(N, 99), N);
        Embedding lowClasses = net.embed(firstOfClassesBelow(5, 1000, N), N);
        long t0 = System.nanoTime();
        realVsReal = ImageMetrics.measure(real, heldOut);
        double seconds = (System.nanoTime() - t0) / 1e9;
        realVsNoise = ImageMetrics.measure(real, noise);
        fiveClassesDropped = ImageMetrics.measure(real, lowClasses);
        System.out.printf(Locale.ROOT, "measure(1000 vs 1000) took %.3f s%n", seconds);
        System.out.println("real vs real:          " + realVsReal);
        System.out.println("real vs noise:         " + realVsNoise);
        System.out.println("five classes dropped:  " + fiveClassesDropped);
    }

    @Test
    void shouldReachNinetySevenPercentOnTheHeldOutDigits() {
        assertThat(FeatureNet.bundled().heldOutAccuracy(digits)).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void shouldScoreTwoSamplesOfRealDigitsAsAlike() {
        assertThat(realVsReal.fd()).isLessThan(0.02 * realVsNoise.fd());
        assertThat(Math.abs(realVsReal.kid())).isLessThan(0.01 * realVsNoise.kid());
        assertThat(realVsReal.slicedW()).isLessThan(0.1 * realVsNoise.slicedW());
        // k-NN precision and recall of two finite samples of one distribution sit below 1 (each fake must land in
        // some real ball); coverage's expectation here is 1 - (999 998 997) / (1999 1998 1997) = 0.875 (Naeem et al.).
        assertThat(realVsReal.precision()).isGreaterThan(0.8);
        assertThat(realVsReal.recall()).isGreaterThan(0.8);
        assertThat(realVsReal.coverage()).isGreaterThan(0.8);
        assertThat(realVsReal.density()).isBetween(0.8, 1.25);
        assertThat(realVsReal.classCoverage()).isEqualTo(10);
        assertThat(realVsReal.classesTotal()).isEqualTo(10);
        assertThat(realVsReal.confidentShare()).isGreaterThan(0.9);
        assertThat(realVsReal.inceptionScore()).isGreaterThan(9);
    }

    @Test
    void shouldScoreNoiseFarFromRealDigits() {
        assertThat(realVsNoise.recall()).isLessThan(0.02);
        assertThat(realVsNoise.coverage()).isLessThan(0.02);
        assertThat(realVsNoise.density()).isLessThan(0.1);
        // Precision is not 0: noise features cluster where one unusual real 8 has a wide k-NN ball, which vouches
        // for every fake inside it. That is the outlier weakness Naeem et al. 2020 point out; density, which counts
        // balls, stays near 0.
        assertThat(realVsNoise.precision()).isLessThan(0.3 * realVsReal.precision());
        assertThat(realVsNoise.classCoverage()).isLessThanOrEqualTo(1);
        assertThat(realVsNoise.confidentShare()).isLessThan(0.05);
        assertThat(realVsNoise.inceptionScore()).isLessThan(2);
    }

    @Test
    void shouldLowerRecallCoverageAndClassCoverageButNotPrecisionWhenFiveClassesAreDropped() {
        assertThat(fiveClassesDropped.recall()).isLessThan(realVsReal.recall() - 0.3);
        assertThat(fiveClassesDropped.coverage()).isLessThan(realVsReal.coverage() - 0.3);
        assertThat(fiveClassesDropped.classCoverage()).isEqualTo(5);
        assertThat(fiveClassesDropped.inceptionScore()).isLessThan(5.5);
        assertThat(fiveClassesDropped.precision()).isGreaterThan(realVsReal.precision() - 0.03);
        assertThat(fiveClassesDropped.fd()).isGreaterThan(10 * realVsReal.fd());
    }

    /** Held-out digits "drawn for" their own labels agree as often as the net is right; for the next class, almost never. */
    @Test
    void labelAgreementShouldBeTheClassifiersAccuracyForTrueLabelsAndNearZeroForWrongOnes() {
        FeatureNet net = FeatureNet.bundled();
        int from = digits.count() - N;
        Embedding heldOut = net.embed(digits.scaledRows(from, N), N);
        int[] truth = java.util.Arrays.copyOfRange(digits.labels(), from, from + N);
        int[] wrong = java.util.Arrays.stream(truth).map(l -> (l + 1) % 10).toArray();
        assertThat(ImageMetrics.measure(heldOut, heldOut, truth).labelAgreement()).isGreaterThanOrEqualTo(0.97);
        assertThat(ImageMetrics.measure(heldOut, heldOut, wrong).labelAgreement()).isLessThan(0.03);
        assertThat(realVsReal.labelAgreement()).as("no labels, no agreement").isNaN();
    }

    private static float[] uniformNoise(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] v = new float[n * FeatureNet.IMAGE_SIZE];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (2 * rng.nextDouble() - 1);
        }
        return v;
    }

    /** The first n digits from index start on whose label is below maxClass. */
    private static float[] firstOfClassesBelow(int maxClass, int start, int n) {
        float[] rows = new float[n * FeatureNet.IMAGE_SIZE];
        int taken = 0;
        for (int i = start; taken < n; i++) {
            if (digits.labels()[i] < maxClass) {
                System.arraycopy(digits.scaledRows(i, 1), 0, rows, taken * FeatureNet.IMAGE_SIZE, FeatureNet.IMAGE_SIZE);
                taken++;
            }
        }
        return rows;
    }
}
