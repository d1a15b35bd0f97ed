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
