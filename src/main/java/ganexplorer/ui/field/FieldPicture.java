package ganexplorer.ui.field;

import ganexplorer.data.Bounds;
import ganexplorer.train.UpdateScheme;
import ganexplorer.train.VectorFieldPictures;
import ganexplorer.ui.plane.PlaneView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the (theta, psi) view draws of one snapshot, as plain values: the field's arrows as directions with a
 * relative strength, the trainer's path, the point now, the equilibrium, the axes' ticks and the legend's words. The
 * trainer computed the field and kept the path; nothing here steps the game.
 *
 * @param extent  the view spans [-extent, extent]^2 (fixed for the experiment by the trainer)
 * @param path    the players' positions so far, interleaved theta, psi (the snapshot's own array)
 * @param note    why something is not in the picture (the point left the view), or ""
 */
public record FieldPicture(double extent, List<Arrow> arrows, float[] path, double theta, double psi,
                           double equilibriumTheta, String title, String arrowsCaption, String now, String note) {
    /** The shortest arrow, as a share of the longest, so a slow spot still shows its direction. */
    static final double SHORTEST = 0.25;

    /**
     * One arrow of the field: at (theta, psi) pointing along the unit vector (dirTheta, dirPsi), with its length
     * relative to the longest of the field in {@code strength} (0 to 1; 0 with no direction where the field
     * vanishes).
     */
    public record Arrow(double theta, double psi, double dirTheta, double dirPsi, double strength) {
        /** Where the arrow ends on screen when drawn {@code length} pixels long: psi grows upwards. */
        public double[] tip(PlaneView v, double length) {
            return new double[] {v.px(theta) + dirTheta * length, v.py(psi) - dirPsi * length};
        }

        /** Its drawn length when the longest arrow is {@code longest} pixels (square-root scale, never below a quarter). */
        public double length(double longest) {
            return longest * (SHORTEST + (1 - SHORTEST) * Math.sqrt(strength));
        }
    }

    public static FieldPicture of(VectorFieldPictures p, String objective, UpdateScheme updates) {
        double e = p.extent();
        List<Arrow> arrows = new ArrayList<>();
        float[] f = p.field();
        int side = p.fieldSide();
        if (f != null) {
            double longest = 0;
            for (int i = 0; i + 1 < f.length; i += 2) {
                double m = Math.hypot(f[i], f[i + 1]);
                if (Double.isFinite(m)) {
                    longest = Math.max(longest, m);
                }
            }
            for (int row = 0; row < side; row++) {
                for (int col = 0; col < side; col++) {
                    int i = 2 * (row * side + col);
                    double m = Math.hypot(f[i], f[i + 1]);
                    if (!Double.isFinite(m)) {
                        continue;
                    }
                    boolean still = m == 0 || longest == 0;
                    arrows.add(new Arrow(-e + 2 * e * col / (side - 1), -e + 2 * e * row / (side - 1),
                            still ? 0 : f[i] / m, still ? 0 : f[i + 1] / m, still ? 0 : m / longest));
                }
            }
        }
        String scheme = updates == UpdateScheme.SIMULTANEOUS ? FieldText.simultaneous() : FieldText.alternating();
        boolean shown = Math.abs(p.theta()) <= e && Math.abs(p.psi()) <= e;
        return new FieldPicture(e, List.copyOf(arrows), p.trajectory() == null ? new float[0] : p.trajectory(),
                p.theta(), p.psi(), p.dataPoint(), String.format(Locale.ROOT, FieldText.title(), objective, scheme),
                p.arrows() == VectorFieldPictures.Arrows.SGD_MOVE ? FieldText.arrowsSgd() : FieldText.arrowsGradient(),
                String.format(Locale.ROOT, FieldText.now(), number(p.theta()), number(p.psi())),
                shown ? "" : String.format(Locale.ROOT, FieldText.leftView(), number(p.theta()), number(p.psi()),
                        number(e)));
    }

    /** The data coordinates the view shows. */
    public Bounds box() {
        return new Bounds(-extent, extent, -extent, extent);
    }

    /** Whether the point now lies in the view. */
    public boolean pointShown() {
        return note.isEmpty();
    }

    /** Where the axes are labelled: multiples of 1, 2 or 5 times a power of ten, three or fewer on each side of 0. */
    public List<Double> ticks() {
        double step = 1;
        for (double s : new double[] {0.5, 1, 2, 5, 10, 20}) {
            step = s;
            if (extent / s <= 3 + 1e-9) {
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        int n = (int) Math.floor(extent / step + 1e-9);
        for (int k = -n; k <= n; k++) {
            ticks.add(k * step);
        }
        return ticks;
    }

    /** Two decimals, a true minus sign. */
    static String number(double v) {
        String s = Math.abs(v) >= 1e4 || (v != 0 && Math.abs(v) < 0.005)
                ? String.format(Locale.ROOT, "%.1e", v) : String.format(Locale.ROOT, "%.2f", v);
        return s.replace("-", "\u2212");
    }
}
