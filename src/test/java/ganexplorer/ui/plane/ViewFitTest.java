package ganexplorer.ui.plane;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.data.Bounds;
import org.junit.jupiter.api.Test;

class ViewFitTest {
    private static final Bounds DATA = new Bounds(-2, 2, -1, 1);

    /** n points at (x, y), interleaved. */
    private static float[] at(int n, float x, float y) {
        float[] xy = new float[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = x + i * 1e-3f;
            xy[2 * i + 1] = y;
        }
        return xy;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void shouldKeepTheDataBoxWhilePointsStayNearIt() {
        ViewFit fit = new ViewFit();
        float[] near = concat(at(90, 0, 0), at(10, 3.5f, 1.5f)); // a few just outside, less than a box away
        assertThat(fit.fit(DATA, near)).isEqualTo(DATA);
        assertThat(fit.zoomedOut()).isFalse();
    }

    @Test
    void shouldZoomOutToHoldEveryPointWhenTheyRunFarAway() {
        ViewFit fit = new ViewFit();
        float[] gone = concat(at(50, 400, -30), at(50, -20, 90)); // a learning rate of 10: all left the box
        Bounds view = fit.fit(DATA, gone);
        assertThat(fit.zoomedOut()).isTrue();
        for (int i = 0; i < gone.length; i += 2) {
            assertThat(gone[i]).isBetween((float) view.minX(), (float) view.maxX());
            assertThat(gone[i + 1]).isBetween((float) view.minY(), (float) view.maxY());
        }
        assertThat(view.minX()).isLessThanOrEqualTo(DATA.minX());
        assertThat(view.maxX()).isGreaterThanOrEqualTo(DATA.maxX());
        assertThat(view.minY()).isLessThanOrEqualTo(DATA.minY());
        assertThat(view.maxY()).isGreaterThanOrEqualTo(DATA.maxY());
        assertThat(view.width() / view.height()).as("the data's aspect").isEqualTo(DATA.width() / DATA.height());
        assertThat(view.width() / DATA.width()).as("a 1-2-5 multiple of the box").isEqualTo(200);
    }

    @Test
    void shouldReturnToTheDataBoxWhenThePointsComeBack() {
        ViewFit fit = new ViewFit();
        fit.fit(DATA, at(100, 50, 50));
        assertThat(fit.zoomedOut()).isTrue();
        float[] some = concat(at(90, 0, 0), at(10, 50, 50)); // 10% still far: between the thresholds, stays out
        assertThat(fit.fit(DATA, some)).isNotEqualTo(DATA);
        float[] back = concat(at(98, 0, 0), at(2, 50, 50));
        assertThat(fit.fit(DATA, back)).isEqualTo(DATA);
        assertThat(fit.zoomedOut()).isFalse();
    }

    @Test
    void shouldLeaveNaNOutOfTheFitAndCountIt() {
        ViewFit fit = new ViewFit();
        float[] xy = concat(at(60, 30, 0), at(40, Float.NaN, 0));
        xy[1] = Float.POSITIVE_INFINITY;
        Bounds view = fit.fit(DATA, xy);
        assertThat(fit.zoomedOut()).isTrue();
        assertThat(Double.isFinite(view.minX()) && Double.isFinite(view.maxX())).isTrue();
        assertThat(view.maxX()).isGreaterThan(30).isLessThan(200);
        assertThat(ViewFit.notFinite(xy)).isEqualTo(41);
        assertThat(new ViewFit().fit(DATA, at(10, Float.NaN, Float.NaN))).as("nothing to show: the data's box").isEqualTo(DATA);
    }

    @Test
    void shouldNotJitterWithSmallMoves() {
        Bounds a = ViewFit.around(DATA, at(100, 400, -30));
        Bounds b = ViewFit.around(DATA, at(100, 401, -30.5f));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void niceNumbersShouldGoUpInOneTwoFiveSteps() {
        assertThat(ViewFit.niceUp(1.0)).isEqualTo(1);
        assertThat(ViewFit.niceUp(1.3)).isEqualTo(2);
        assertThat(ViewFit.niceUp(4.9)).isEqualTo(5);
        assertThat(ViewFit.niceUp(7)).isEqualTo(10);
        assertThat(ViewFit.niceUp(120)).isEqualTo(200);
        assertThat(ViewFit.niceUp(1e30)).isEqualTo(1e30);
    }
}
