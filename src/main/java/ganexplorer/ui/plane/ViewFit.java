package ganexplorer.ui.plane;

import ganexplorer.data.Bounds;

/**
 * Chooses the box of data coordinates the plane shows: the data's box while the generated points stay near it, and
 * a box around the data's box and every generated point once many of them have run far out (a learning rate of 10
 * throws them all off the plane), so the user sees where they went. Two thresholds keep the view from flickering
 * between the two when the share hovers around one; the view returns to the data's box when the points come back.
 * Points that are not finite (NaN, infinity) cannot be placed: they never count and are never drawn.
 */
public final class ViewFit {
    /** "Far": more than one box size beyond the data's box, the trainer's own measure for its warning. */
    static final double FAR_OUT = 1.0;
    static final double ZOOM_OUT_ABOVE = 0.2;
    static final double ZOOM_IN_BELOW = 0.05;
    private static final double MARGIN = 1.1;

    private boolean zoomedOut;

    /** The box to show for these generated points (x, y interleaved) around the data's box. */
    public Bounds fit(Bounds data, float[] fake) {
        double share = farOutShare(data, fake);
        if (share > ZOOM_OUT_ABOVE) {
            zoomedOut = true;
        } else if (share < ZOOM_IN_BELOW) {
            zoomedOut = false;
        }
        return zoomedOut ? around(data, fake) : data;
    }

    public boolean zoomedOut() {
        return zoomedOut;
    }

    /** Back to the data's box (a new experiment starts from it). */
    public void reset() {
        zoomedOut = false;
    }

    /** The share of the finite points that lie more than FAR_OUT box sizes outside the box. */
    static double farOutShare(Bounds b, float[] xy) {
        double w = b.width() * FAR_OUT;
        double h = b.height() * FAR_OUT;
        int finite = 0;
        int out = 0;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            float x = xy[i];
            float y = xy[i + 1];
            if (Float.isFinite(x) && Float.isFinite(y)) {
                finite++;
                if (x < b.minX() - w || x > b.maxX() + w || y < b.minY() - h || y > b.maxY() + h) {
                    out++;
                }
            }
        }
        return finite == 0 ? 0 : (double) out / finite;
    }

    /** How many points have a coordinate that is NaN or infinite. */
    public static int notFinite(float[] xy) {
        int n = 0;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (!Float.isFinite(xy[i]) || !Float.isFinite(xy[i + 1])) {
                n++;
            }
        }
        return n;
    }

    /**
     * A box holding the data's box and every finite point, with the data's aspect (the plot stays a square with the
     * data's box a square in it). Its size is a 1-2-5 multiple of the data's box and its centre sits on a grid of a
     * twentieth of that size, so it does not jitter with every small move of the points.
     */
    static Bounds around(Bounds data, float[] xy) {
        double minX = data.minX();
        double maxX = data.maxX();
        double minY = data.minY();
        double maxY = data.maxY();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            float x = xy[i];
            float y = xy[i + 1];
            if (Float.isFinite(x) && Float.isFinite(y)) {
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        double k = niceUp(MARGIN * Math.max((maxX - minX) / data.width(), (maxY - minY) / data.height()));
        double w = k * data.width();
        double h = k * data.height();
        double cx = snap((minX + maxX) / 2, (data.minX() + data.maxX()) / 2, w / 20);
        double cy = snap((minY + maxY) / 2, (data.minY() + data.maxY()) / 2, h / 20);
        return new Bounds(cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... at least k. */
    static double niceUp(double k) {
        double decade = Math.pow(10, Math.floor(Math.log10(Math.max(k, 1))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * decade >= k * (1 - 1e-12)) {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    private static double snap(double v, double origin, double step) {
        return origin + Math.round((v - origin) / step) * step;
    }
}
