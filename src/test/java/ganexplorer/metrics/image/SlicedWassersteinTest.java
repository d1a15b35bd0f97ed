package ganexplorer.metrics.image;

import ganexplorer.metrics.ImageMetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SlicedWassersteinTest {
    private static final int N = 300;
    private static final int D = 5;
    private static final double[] V = {0.3, -0.2, 0.5, 0.0, 0.1};

    @Test
    void shouldEqualTheProjectedShiftForOneDirection() {
        float[][] sets = pointsAndShift();
        float[] u = SlicedWasserstein.directions(D, 1, 42);
        // Projections of the shifted set are those of the original plus u.v, so sorting pairs each point with its copy.
        double expected = Math.abs(dot(u, 0, V));
        assertThat(SlicedWasserstein.between(FeatureRows.of(sets[0], D), FeatureRows.of(sets[1], D), 1, 42))
                .isCloseTo(expected, within(1e-6));
    }

    @Test
    void shouldEqualTheMeanProjectedShiftOverTheDefaultDirections() {
        float[][] sets = pointsAndShift();
        float[] u = SlicedWasserstein.directions(D, SlicedWasserstein.DEFAULT_DIRECTIONS, SlicedWasserstein.DEFAULT_SEED);
        double expected = 0;
        for (int k = 0; k < SlicedWasserstein.DEFAULT_DIRECTIONS; k++) {
            expected += Math.abs(dot(u, k * D, V)) / SlicedWasserstein.DEFAULT_DIRECTIONS;
        }
        assertThat(expected).isGreaterThan(0.1);
        assertThat(SlicedWasserstein.distance(sets[0], sets[1], D)).isCloseTo(expected, within(1e-6));
        assertThat(ImageMetrics.slicedWasserstein(sets[0], sets[1], D)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void shouldDrawReproducibleUnitDirections() {
        float[] u = SlicedWasserstein.directions(7, 20, 9);
        assertThat(SlicedWasserstein.directions(7, 20, 9)).containsExactly(u);
        assertThat(SlicedWasserstein.directions(7, 20, 10)).isNotEqualTo(u);
        for (int k = 0; k < 20; k++) {
            double norm = 0;
            for (int c = 0; c < 7; c++) {
                norm += u[k * 7 + c] * u[k * 7 + c];
            }
            assertThat(norm).isCloseTo(1, within(1e-6));
        }
    }

    @Test
    void shouldIntegrateQuantileFunctionsExactlyWhenSizesDiffer() {
        // In 1-D every direction is +-1 and W1 ignores the sign, so this is plain W1.
        // {0} vs {0, 1}: half the mass moves by 1.
        assertThat(SlicedWasserstein.distance(new float[]{0}, new float[]{0, 1}, 1)).isCloseTo(0.5, within(1e-12));
        // {0,1,2} vs {0,3}: quantile steps at 1/3, 1/2, 2/3 give 0*(1/3) + 1*(1/6) + 2*(1/6) + 1*(1/3) = 5/6.
        assertThat(SlicedWasserstein.distance(new float[]{2, 0, 1}, new float[]{3, 0}, 1)).isCloseTo(5.0 / 6, within(1e-12));
        // Equal sizes: mean |a_(i) - b_(i)| of the sorted values = (|0-1| + |1-1| + |5-2|) / 3.
        assertThat(SlicedWasserstein.distance(new float[]{5, 0, 1}, new float[]{1, 2, 1}, 1)).isCloseTo(4.0 / 3, within(1e-12));
    }

    @Test
    void shouldRejectRowsOfDifferentWidths() {
        assertThatThrownBy(() -> SlicedWasserstein.distance(new float[]{1, 2, 3}, new float[]{1, 2}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rows of 2");
    }

    private static float[][] pointsAndShift() {
        SplittableRandom rng = new SplittableRandom(4);
        float[] a = new float[N * D];
        float[] b = new float[N * D];
        for (int i = 0; i < N; i++) {
            for (int c = 0; c < D; c++) {
                a[i * D + c] = (float) (2 * rng.nextGaussian());
                b[i * D + c] = (float) (a[i * D + c] + V[c]);
            }
        }
        return new float[][]{a, b};
    }

    private static double dot(float[] u, int offset, double[] v) {
        double s = 0;
        for (int c = 0; c < v.length; c++) {
            s += u[offset + c] * v[c];
        }
        return s;
    }
}
