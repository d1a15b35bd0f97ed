package ganexplorer.ui.plane;

import ganexplorer.ui.Texts;
import ganexplorer.data.Bounds;
import ganexplorer.data.Modes;
import ganexplorer.data.Point;
import ganexplorer.train.HeatRange;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Draws the plane's layers into its plot square through one {@link PlaneView}. {@link #begin()} clips the canvas
 * to the square, so nothing (a point thrown far out, a long arrow, a manifold line) lands outside it, and points
 * outside the square or with NaN coordinates are skipped before drawing.
 */
final class PlanePainter {
    static final Color FAKE_SIDE = Color.rgb(118, 42, 131);
    static final Color MID = Color.rgb(247, 247, 247);
    static final Color REAL_SIDE = Color.rgb(27, 120, 55);
    static final Color REAL = Color.rgb(25, 25, 25, 0.75);
    static final Color FAKE = Color.rgb(230, 97, 1, 0.85);
    static final Color DRAWN = Color.rgb(33, 102, 172, 0.9);
    static final Color MODE = Color.rgb(90, 90, 90, 0.6);
    static final Color MANIFOLD = Color.rgb(60, 60, 160, 0.45);
    static final Color PUSH = Color.rgb(90, 30, 0, 0.8);
    static final Color BACKGROUND = Color.rgb(250, 250, 250);
    private static final Color OUTSIDE_DATA = Color.rgb(232, 232, 236);
    private static final Color HIGHLIGHT = Color.rgb(33, 102, 172);

    private final GraphicsContext g;
    private final PlaneView v;
    private final Bounds data;

    PlanePainter(GraphicsContext g, PlaneView view, Bounds data) {
        this.g = g;
        this.v = view;
        this.data = data;
    }

    static void clear(GraphicsContext g, double width, double height) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, width, height);
    }

    /** Clips to the plot square until {@link #end()}, and fills what lies outside the data's box. */
    void begin() {
        g.save();
        g.beginPath();
        g.rect(v.left(), v.top(), v.side(), v.side());
        g.closePath();
        g.clip();
        g.setFill(v.box().equals(data) ? MID : OUTSIDE_DATA);
        g.fillRect(v.left(), v.top(), v.side(), v.side());
    }

    void end() {
        g.restore();
    }

    private double dataLeft() {
        return v.px(data.minX());
    }

    private double dataTop() {
        return v.py(data.maxY());
    }

    private double dataSide(double extent, double box) {
        return extent / box * v.side();
    }

    /** The critic's heat map over the data's box (where the trainer evaluates it), or the plain middle colour. */
    void heat(Image heat) {
        double w = dataSide(data.width(), v.box().width());
        double h = dataSide(data.height(), v.box().height());
        if (heat != null) {
            g.setImageSmoothing(true);
            g.drawImage(heat, dataLeft(), dataTop(), w, h);
        } else {
            g.setFill(MID);
            g.fillRect(dataLeft(), dataTop(), w, h);
        }
    }

    /** The data's box outlined and named, when the view shows more than it; a cross when it is too small to see. */
    void dataBox() {
        double w = dataSide(data.width(), v.box().width());
        double h = dataSide(data.height(), v.box().height());
        g.setStroke(Color.rgb(40, 40, 40, 0.9));
        g.setLineWidth(1.5);
        g.setLineDashes(5, 3);
        g.strokeRect(dataLeft(), dataTop(), w, h);
        g.setLineDashes();
        if (w < 8) {
            double cx = dataLeft() + w / 2;
            double cy = dataTop() + h / 2;
            g.strokeLine(cx - 6, cy, cx + 6, cy);
            g.strokeLine(cx, cy - 6, cx, cy + 6);
        }
        g.setFill(Color.rgb(40, 40, 40));
        g.setFont(ganexplorer.ui.CanvasFont.of(11));
        double right = dataLeft() + Math.max(w, 8) + 4;
        boolean fits = right + 62 <= v.left() + v.side(); // else it goes on the box's left
        g.fillText(Texts.get("plane.canvas.dataBox"), fits ? right : dataLeft() - 66, dataTop() + 10);
    }

    /** Around the generated points, named: far out they may be a single dot that the eye would miss. */
    void generatedBox(float[] xy) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (Float.isFinite(xy[i]) && Float.isFinite(xy[i + 1])) {
                minX = Math.min(minX, v.px(xy[i]));
                maxX = Math.max(maxX, v.px(xy[i]));
                minY = Math.min(minY, v.py(xy[i + 1]));
                maxY = Math.max(maxY, v.py(xy[i + 1]));
            }
        }
        if (minX > maxX) {
            return;
        }
        double pad = 7;
        g.setStroke(Color.rgb(200, 80, 0, 0.9));
        g.setLineWidth(1.5);
        g.setLineDashes(4, 3);
        g.strokeRect(minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad);
        g.setLineDashes();
        g.setFill(Color.rgb(150, 55, 0));
        g.setFont(ganexplorer.ui.CanvasFont.of(11));
        double labelY = minY - pad - 4 > v.top() + 12 ? minY - pad - 4 : maxY + pad + 12;
        g.fillText(Texts.get("plane.canvas.generated"), Math.min(minX - pad, v.left() + v.side() - 100), labelY);
    }

    void modes(Modes modes) {
        g.setStroke(MODE);
        g.setLineWidth(1);
        double r = modes.radius() * v.scaleX();
        for (Point c : modes.centres()) {
            g.strokeOval(v.px(c.x()) - r, v.py(c.y()) - r, 2 * r, 2 * r);
        }
    }

    void dots(float[] xy, Color color, double size) {
        g.setFill(color);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (v.showsPoint(xy[i], xy[i + 1], size)) { // NaN fails this test: not drawn
                g.fillRect(v.px(xy[i]) - size / 2, v.py(xy[i + 1]) - size / 2, size, size); // rects: cheap in software
            }
        }
    }

    void drawn(List<Point> points) {
        g.setFill(DRAWN);
        for (Point p : points) {
            g.fillRect(v.px(p.x()) - 2, v.py(p.y()) - 2, 4, 4);
        }
    }

    void manifold(float[] m, int side) {
        g.setStroke(MANIFOLD);
        g.setLineWidth(1);
        for (int j = 0; j < side; j++) {
            for (int i = 0; i + 1 < side; i++) {
                line(m, j * side + i, j * side + i + 1);
                line(m, i * side + j, (i + 1) * side + j);
            }
        }
    }

    private void line(float[] m, int a, int b) {
        if (finite(m, a) && finite(m, b)) {
            g.strokeLine(v.px(m[2 * a]), v.py(m[2 * a + 1]), v.px(m[2 * b]), v.py(m[2 * b + 1]));
        }
    }

    private static boolean finite(float[] xy, int i) {
        return Float.isFinite(xy[2 * i]) && Float.isFinite(xy[2 * i + 1]);
    }

    void arrows(float[] fake, float[] push) {
        int n = Math.min(fake.length, push.length) / 2;
        double longest = 1e-12;
        for (int i = 0; i < n; i++) {
            if (finite(push, i)) {
                longest = Math.max(longest, Math.hypot(push[2 * i], push[2 * i + 1]));
            }
        }
        double scale = 0.08 * v.side() / longest; // the strongest push is 8% of the plane
        g.setStroke(PUSH);
        g.setLineWidth(1.2);
        for (int i = 0; i < n; i++) {
            if (finite(push, i) && v.showsPoint(fake[2 * i], fake[2 * i + 1], 0)) {
                arrow(v.px(fake[2 * i]), v.py(fake[2 * i + 1]), push[2 * i] * scale, -push[2 * i + 1] * scale);
            }
        }
    }

    private void arrow(double x0, double y0, double dx, double dy) {
        Glyphs.arrow(g, x0, y0, dx, dy, 4);
    }

    /** The outline glow after a critic update. */
    void outline(double strength) {
        g.setStroke(HIGHLIGHT.deriveColor(0, 1, 1, strength));
        g.setLineWidth(6);
        g.strokeRect(v.left() + 3, v.top() + 3, v.side() - 6, v.side() - 6);
    }

    static Color highlight(double strength) {
        return HIGHLIGHT.deriveColor(0, 1, 1, 0.5 * strength);
    }

    /** The heat map's colour at fraction t of its range: purple where the critic says "fake", green for "real". */
    static Color heatColour(double t) {
        Color c = t < 0.5 ? FAKE_SIDE.interpolate(MID, t * 2) : MID.interpolate(REAL_SIDE, (t - 0.5) * 2);
        return c.interpolate(MID, 0.45);
    }

    /** The heat map as an image, rows from the top (max y) down. */
    static WritableImage heatImage(float[] values, int res) {
        if (values == null || res == 0) {
            return null;
        }
        HeatRange range = HeatRange.of(values);
        WritableImage img = new WritableImage(res, res);
        PixelWriter w = img.getPixelWriter();
        for (int j = 0; j < res; j++) {
            for (int i = 0; i < res; i++) {
                w.setColor(i, res - 1 - j, heatColour(range.fraction(values[j * res + i])));
            }
        }
        return img;
    }
}
