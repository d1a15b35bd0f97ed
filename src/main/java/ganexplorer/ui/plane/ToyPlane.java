package ganexplorer.ui.plane;

import ganexplorer.data.Bounds;
import ganexplorer.data.Point;
import ganexplorer.train.HeatRange;
import ganexplorer.train.PlanePictures;
import ganexplorer.train.Snapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The 2-D view in the spirit of GAN Lab: the critic's output as a heat map, real and generated samples, the
 * generator's manifold (a latent grid drawn through G) and arrows showing where the generator's loss pushes its
 * samples. In drawing mode, clicks and drags add points of a custom target distribution.
 */
public final class ToyPlane extends Region {
    static final Color FAKE_SIDE = Color.rgb(118, 42, 131);
    static final Color MID = Color.rgb(247, 247, 247);
    static final Color REAL_SIDE = Color.rgb(27, 120, 55);
    static final Color REAL = Color.rgb(25, 25, 25, 0.75);
    static final Color FAKE = Color.rgb(230, 97, 1, 0.85);
    static final Color DRAWN = Color.rgb(33, 102, 172, 0.9);

    private final Canvas canvas = new Canvas();
    private final PlaneLayers layers;
    private final ObservableList<Point> drawn = FXCollections.observableArrayList();
    private PlanePictures snapshot;
    private WritableImage heat;
    private boolean drawing;
    private double flash;
    private boolean flashCritic;
    private boolean flashGenerator;
    private final javafx.animation.Timeline flashFade = new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(javafx.util.Duration.ZERO, e -> setFlash(1)),
            new javafx.animation.KeyFrame(javafx.util.Duration.millis(200), e -> setFlash(0.7)),
            new javafx.animation.KeyFrame(javafx.util.Duration.millis(400), e -> setFlash(0.4)),
            new javafx.animation.KeyFrame(javafx.util.Duration.millis(700), e -> setFlash(0)));

    private void setFlash(double value) {
        flash = value;
        redraw();
    }

    public ToyPlane(PlaneLayers layers) {
        this.layers = layers;
        getChildren().add(canvas);
        getStyleClass().add("toy-plane");
        setMinSize(240, 240);
        setPrefSize(560, 560);
        for (Observable o : List.of(layers.heatmap, layers.real, layers.generated, layers.manifold, layers.arrows, drawn)) {
            o.addListener(x -> redraw());
        }
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::paint);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::paint);
    }

    /** Points the user painted, in data coordinates. */
    public ObservableList<Point> drawnPoints() {
        return drawn;
    }

    public void setDrawing(boolean on) {
        drawing = on;
        canvas.setCursor(on ? javafx.scene.Cursor.CROSSHAIR : javafx.scene.Cursor.DEFAULT);
    }

    /**
     * After a single step, briefly highlights what it changed, as GAN Lab does: a critic update changes the heat
     * map (the plane's outline glows), a generator update moves the generated points (they glow), an iteration both.
     */
    public void flash(boolean critic, boolean generator) {
        flashCritic = critic;
        flashGenerator = generator;
        flashFade.stop();
        flashFade.playFromStart();
    }

    public void show(Snapshot s) {
        if (!(s.pictures() instanceof PlanePictures now)) {
            return; // the data tab shows images instead
        }
        PlanePictures before = snapshot;
        snapshot = now;
        // Snapshots come 30 times a second, fresh pictures about 10: redraw only when the picture changed.
        boolean newPicture = before == null || now.fake() != before.fake() || now.real() != before.real()
                || now.bounds() != before.bounds();
        if (before == null || now.heatmap() != before.heatmap()) {
            heat = heatImage(now.heatmap(), now.heatmapResolution());
            newPicture = true;
        }
        if (newPicture) {
            redraw();
        }
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private double side() {
        return Math.min(getWidth(), getHeight());
    }

    private double left() {
        return (getWidth() - side()) / 2;
    }

    private double top() {
        return (getHeight() - side()) / 2;
    }

    private double px(double x, Bounds b) {
        return left() + (x - b.minX()) / b.width() * side();
    }

    private double py(double y, Bounds b) {
        return top() + side() - (y - b.minY()) / b.height() * side();
    }

    private void paint(MouseEvent e) {
        if (!drawing || snapshot == null || side() <= 0) {
            return;
        }
        Bounds b = snapshot.bounds();
        double x = b.minX() + (e.getX() - left()) / side() * b.width();
        double y = b.minY() + (top() + side() - e.getY()) / side() * b.height();
        if (x >= b.minX() && x <= b.maxX() && y >= b.minY() && y <= b.maxY()) {
            drawn.add(new Point(x, y));
        }
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.rgb(250, 250, 250));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (snapshot == null || side() <= 0) {
            return;
        }
        Bounds b = snapshot.bounds();
        double s = side();
        if (layers.heatmap.get() && heat != null) {
            g.setImageSmoothing(true);
            g.drawImage(heat, left(), top(), s, s);
        } else {
            g.setFill(MID);
            g.fillRect(left(), top(), s, s);
        }
        g.setStroke(Color.rgb(90, 90, 90, 0.6));
        g.setLineWidth(1);
        for (Point c : snapshot.modes().centres()) {
            double r = snapshot.modes().radius() / b.width() * s;
            g.strokeOval(px(c.x(), b) - r, py(c.y(), b) - r, 2 * r, 2 * r);
        }
        if (layers.manifold.get() && snapshot.manifold() != null) {
            drawManifold(g, snapshot.manifold(), snapshot.manifoldSide(), b);
        }
        if (layers.real.get()) {
            dots(g, snapshot.real(), b, REAL, 3);
        }
        if (layers.generated.get()) {
            if (flash > 0 && flashGenerator) {
                dots(g, snapshot.fake(), b, Color.rgb(33, 102, 172, 0.5 * flash), 9);
            }
            dots(g, snapshot.fake(), b, FAKE, 3.5);
        }
        if (layers.arrows.get() && snapshot.push() != null) {
            drawArrows(g, snapshot.fake(), snapshot.push(), b);
        }
        g.setFill(DRAWN);
        for (Point p : drawn) {
            g.fillRect(px(p.x(), b) - 2, py(p.y(), b) - 2, 4, 4);
        }
        if (flash > 0 && flashCritic) {
            g.setStroke(Color.rgb(33, 102, 172, flash));
            g.setLineWidth(6);
            g.strokeRect(left() + 3, top() + 3, s - 6, s - 6);
        }
    }

    private void dots(GraphicsContext g, float[] xy, Bounds b, Color color, double size) {
        g.setFill(color);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            g.fillRect(px(xy[i], b) - size / 2, py(xy[i + 1], b) - size / 2, size, size); // rects: cheap in software rendering
        }
    }

    private void drawManifold(GraphicsContext g, float[] m, int side, Bounds b) {
        g.setStroke(Color.rgb(60, 60, 160, 0.45));
        g.setLineWidth(1);
        for (int j = 0; j < side; j++) {
            for (int i = 0; i + 1 < side; i++) {
                int a = j * side + i;
                int c = a + 1;
                g.strokeLine(px(m[2 * a], b), py(m[2 * a + 1], b), px(m[2 * c], b), py(m[2 * c + 1], b));
                int r = i * side + j;
                int d = r + side;
                g.strokeLine(px(m[2 * r], b), py(m[2 * r + 1], b), px(m[2 * d], b), py(m[2 * d + 1], b));
            }
        }
    }

    private void drawArrows(GraphicsContext g, float[] fake, float[] push, Bounds b) {
        int n = Math.min(fake.length, push.length) / 2;
        double longest = 1e-12;
        for (int i = 0; i < n; i++) {
            longest = Math.max(longest, Math.hypot(push[2 * i], push[2 * i + 1]));
        }
        double scale = 0.08 * side() / longest; // the strongest push is 8% of the plane
        g.setStroke(Color.rgb(90, 30, 0, 0.8));
        g.setLineWidth(1.2);
        for (int i = 0; i < n; i++) {
            double x0 = px(fake[2 * i], b);
            double y0 = py(fake[2 * i + 1], b);
            double dx = push[2 * i] * scale;
            double dy = -push[2 * i + 1] * scale;
            double x1 = x0 + dx;
            double y1 = y0 + dy;
            g.strokeLine(x0, y0, x1, y1);
            double len = Math.hypot(dx, dy);
            if (len > 4) {
                double ux = dx / len;
                double uy = dy / len;
                g.strokeLine(x1, y1, x1 - 4 * ux + 3 * uy, y1 - 4 * uy - 3 * ux);
                g.strokeLine(x1, y1, x1 - 4 * ux - 3 * uy, y1 - 4 * uy + 3 * ux);
            }
        }
    }

    /** The heat map as an image: purple where the critic says "fake", green where it says "real". */
    static WritableImage heatImage(float[] values, int res) {
        if (values == null || res == 0) {
            return null;
        }
        HeatRange range = HeatRange.of(values);
        WritableImage img = new WritableImage(res, res);
        PixelWriter w = img.getPixelWriter();
        for (int j = 0; j < res; j++) {
            for (int i = 0; i < res; i++) {
                double t = range.fraction(values[j * res + i]);
                Color c = t < 0.5 ? FAKE_SIDE.interpolate(MID, t * 2) : MID.interpolate(REAL_SIDE, (t - 0.5) * 2);
                w.setColor(i, res - 1 - j, c.interpolate(MID, 0.45));
            }
        }
        return img;
    }

    /** A copy of the drawn points, for a command. */
    public List<Point> drawnCopy() {
        return new ArrayList<>(drawn);
    }
}
