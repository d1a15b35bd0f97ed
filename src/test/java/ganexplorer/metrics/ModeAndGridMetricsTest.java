package ganexplorer.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ganexplorer.data.Bounds;
import ganexplorer.data.Modes;
import ganexplorer.data.Point;
import ganexplorer.data.ToyDatasets;
import ganexplorer.data.ToyDistribution;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ModeAndGridMetricsTest {
    private static final Modes TWO = new Modes(List.of(new Point(0, 0), new Point(10, 0)), 1);

    @Test
    void shouldCountAModeOnlyWhenAtLeastOnePercentOfSamplesLieInItsRadius() {
        // 200 samples: 197 at mode 0, 2 at mode 1 (exactly 1%), 1 far away.
        float[] s = new float[400];
        for (int i = 0; i < 197; i++) {
            s[2 * i] = 0.5f;
        }
        s[394] = 10;
        s[396] = 10.2f;
        s[398] = 5;
        ModeCoverage c = ModeCoverage.of(s, TWO);
        assertThat(c.covered()).isEqualTo(2);
        assertThat(c.total()).isEqualTo(2);
        assertThat(c.highQualityFraction()).isCloseTo(199 / 200.0, within(1e-12));

        float[] one = s.clone();
        one[396] = 5; // now only 1 sample (0.5%) at mode 1
        assertThat(ModeCoverage.of(one, TWO).covered()).isEqualTo(1);
    }

    /** ring8: radius 2, std 0.02, so 3 sigma is 0.06 and the old radius (5 sigma) 0.1; mode 0 at (2, 0), mode 2 at (0, 2). */
    @Test
    void thePapersMetricShouldCountASampleAt2point9SigmaAndNotOneAt3point1() {
        ToyDistribution ring = ToyDatasets.byName("ring8");
        float[] s = new float[20]; // 10 samples; 8 of them at the origin, 2 from every mode
        s[0] = 2 + 2.9f * 0.02f; // 2.9 sigma right of mode 0
        s[3] = 2 + 3.1f * 0.02f; // 3.1 sigma above mode 2
        ModeCoverage paper = ModeCoverage.threeSigma(s, ring.modes());
        assertThat(paper.covered()).isEqualTo(1);
        assertThat(paper.total()).isEqualTo(8);
        assertThat(paper.highQualityFraction()).isCloseTo(0.1, within(1e-12));
        assertThat(paper.major()).isEqualTo(1); // 1 of 10 is a tenth
        // today's metric (5 sigma, a mode from 1% = 0.1 samples) counts both
        ModeCoverage ours = ModeCoverage.of(s, ring.modes());
        assertThat(ours.covered()).isEqualTo(2);
        assertThat(ours.highQualityFraction()).isCloseTo(0.2, within(1e-12));

        float[] diagonal = {2 + 0.04f, 0.04f}; // sqrt(2) * 0.04 = 0.0566 = 2.83 sigma from mode 0
        assertThat(ModeCoverage.threeSigma(diagonal, ring.modes()).covered()).isEqualTo(1);
        float[] diagonalOut = {2 + 0.043f, 0.043f}; // 0.0608 = 3.04 sigma
        assertThat(ModeCoverage.threeSigma(diagonalOut, ring.modes()).covered()).isZero();
    }

    @Test
    void modesHoldingATenthShouldCountOnlyThoseWithTenPercentOfAllSamples() {
        ToyDistribution ring = ToyDatasets.byName("ring8");
        float[] s = new float[200]; // 100 samples: 60 on mode 0, 25 on mode 2, 9 on mode 4, 6 at the origin
        for (int i = 0; i < 60; i++) {
            s[2 * i] = 2;
        }
        for (int i = 60; i < 85; i++) {
            s[2 * i + 1] = 2;
        }
        for (int i = 85; i < 94; i++) {
            s[2 * i] = -2;
        }
        ModeCoverage c = ModeCoverage.threeSigma(s, ring.modes());
        assertThat(c.covered()).isEqualTo(3);
        assertThat(c.major()).isEqualTo(2);
        assertThat(c.highQualityFraction()).isCloseTo(0.94, within(1e-12));
        s[2 * 94] = -2; // a tenth sample on mode 4: 10 of 100
        assertThat(ModeCoverage.threeSigma(s, ring.modes()).major()).isEqualTo(3);
    }

    @Test
    void thePapersMetricShouldBeNaNForModesThatAreNotGaussians() {
        ModeCoverage c = ModeCoverage.threeSigma(new float[] {0, 0}, TWO);
        assertThat(c.highQualityFraction()).isNaN();
        assertThat(c.covered()).isZero();
        ToyMetrics m = new ToyMetrics(1, 1, 2, 1, 0, 0, c);
        assertThat(m.hq3sd()).isNaN();
        assertThat(m.modes3sd()).isNaN();
    }

    @Test
    void realRingSamplesShouldReachEveryModeUnderThePapersMetricWith989PerMille() {
        // a 2-D Gaussian puts 1 - exp(-9/2) = 98.9% of its mass within 3 sigma (the papers' high-quality radius)
        ToyDistribution ring = ToyDatasets.byName("ring8");
        float[] s = new float[2 * 10_000];
        ring.sample(10_000, new SplittableRandom(3), s);
        ModeCoverage c = ModeCoverage.threeSigma(s, ring.modes());
        assertThat(c.covered()).isEqualTo(8);
        assertThat(c.highQualityFraction()).isCloseTo(1 - Math.exp(-4.5), within(0.004));
    }

    @Test
    void shouldReportNoModesForADistributionWithoutModes() {
        ModeCoverage c = ModeCoverage.of(new float[] {0, 0}, Modes.NONE);
        assertThat(c.total()).isZero();
        assertThat(c.highQualityFraction()).isNaN();
    }

    @Test
    void realRingSamplesShouldCoverAllModesWithHighQuality() {
        ToyDistribution ring = ToyDatasets.byName("ring8");
        float[] s = new float[2000];
        ring.sample(1000, new SplittableRandom(9), s);
        ModeCoverage c = ModeCoverage.of(s, ring.modes());
        assertThat(c.covered()).isEqualTo(8);
        assertThat(c.highQualityFraction()).isEqualTo(1.0);
    }

    @Test
    void divergencesShouldBeNearZeroForTwoSamplesOfOneDistribution() {
        ToyDistribution ring = ToyDatasets.byName("ring8");
        float[] a = new float[20000];
        float[] b = new float[20000];
        ring.sample(10000, new SplittableRandom(1), a);
        ring.sample(10000, new SplittableRandom(2), b);
        GridDivergence d = GridDivergence.of(a, b, ring.bounds(), 40);
        assertThat(d.js()).isLessThan(0.01);
        assertThat(d.kl()).isLessThan(0.02);
    }

    @Test
    void jsShouldApproachLogTwoForDisjointSupportsAndBeSymmetric() {
        Bounds box = Bounds.square(4);
        float[] left = new float[20000];
        float[] right = new float[20000];
        for (int i = 0; i < 10000; i++) {
            left[2 * i] = -2;
            right[2 * i] = 2;
        }
        GridDivergence d = GridDivergence.of(left, right, box, 40);
        assertThat(d.js()).isCloseTo(Math.log(2), within(0.02)).isLessThanOrEqualTo(Math.log(2));
        assertThat(GridDivergence.of(right, left, box, 40).js()).isCloseTo(d.js(), within(1e-12));
        assertThat(d.kl()).isGreaterThan(5);
    }

    @Test
    void klAndJsShouldMatchTheClosedFormOnTheSmoothedHistograms() {
        // p = (3/4, 1/4) and q = (1/4, 3/4) on two of four cells; by definition 1% of the mass is spread evenly.
        Bounds box = new Bounds(0, 2, 0, 2);
        int n = 4000;
        float[] p = new float[2 * n];
        float[] q = new float[2 * n];
        for (int i = 0; i < n; i++) {
            p[2 * i] = i < 3 * n / 4 ? 0.5f : 1.5f;
            q[2 * i] = i < n / 4 ? 0.5f : 1.5f;
            p[2 * i + 1] = 0.5f;
            q[2 * i + 1] = 0.5f;
        }
        double[] ps = {0.99 * 0.75 + 0.0025, 0.99 * 0.25 + 0.0025, 0.0025, 0.0025};
        double[] qs = {0.99 * 0.25 + 0.0025, 0.99 * 0.75 + 0.0025, 0.0025, 0.0025};
        double kl = 0;
        double js = 0;
        for (int i = 0; i < 4; i++) {
            double m = (ps[i] + qs[i]) / 2;
            kl += ps[i] * Math.log(ps[i] / qs[i]);
            js += 0.5 * ps[i] * Math.log(ps[i] / m) + 0.5 * qs[i] * Math.log(qs[i] / m);
        }
        GridDivergence d = GridDivergence.of(p, q, box, 2);
        assertThat(d.kl()).isCloseTo(kl, within(1e-12));
        assertThat(d.js()).isCloseTo(js, within(1e-12));
        assertThat(kl).isCloseTo(0.5 * Math.log(3), within(0.02)); // the unsmoothed value, for orientation
    }
}
