package ganexplorer.train;

/**
 * How many generated points have left the data "by far": more than one box width (or height) beyond the data's
 * box. A generator that runs away (learning rates far too high) takes nearly all of them there within steps.
 */
public final class FarOut {
    private FarOut() {
    }

    /** The share of generated points far outside the data's box; a NaN coordinate counts as outside. */
    public static double share(PlanePictures p) {
        float[] fake = p.fake();
        int n = fake.length / 2;
        if (n == 0) {
            return 0;
        }
        double w = p.bounds().width();
        double h = p.bounds().height();
        int out = 0;
        for (int i = 0; i < n; i++) {
            double x = fake[2 * i];
            double y = fake[2 * i + 1];
            if (!(x >= p.bounds().minX() - w && x <= p.bounds().maxX() + w
                    && y >= p.bounds().minY() - h && y <= p.bounds().maxY() + h)) {
                out++;
            }
        }
        return (double) out / n;
    }
}
