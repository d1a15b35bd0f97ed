package ganexplorer.ui.field;

import ganexplorer.train.Snapshot;
import ganexplorer.train.VectorFieldPictures;
import ganexplorer.ui.plane.Glyphs;
import ganexplorer.ui.plane.PlaneLayout;
import ganexplorer.ui.plane.PlaneView;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextAlignment;

/**
 * The Dirac GAN's (theta, psi) plane, a view of {@link FieldPicture}: the field's arrows, the path, the point now and
 * the equilibrium in a square with labelled axes, the legend beside or below it. Everything stays inside the view.
 */
public final class FieldView extends Region {
    static final Color ARROW = Color.rgb(60, 80, 120, 0.75);
    static final Color PATH = Color.rgb(31, 119, 180, 0.9);
    static final Color NOW = Color.rgb(230, 97, 1);
    static final Color EQUILIBRIUM = Color.rgb(20, 20, 20);
    private static final Color PLOT = Color.rgb(247, 247, 247);
    private static final Color GRID = Color.rgb(225, 225, 225);
    private static final Color AXIS = Color.rgb(150, 150, 150);
    private static final Color TEXT = Color.rgb(51, 51, 51);
    /** Room for the tick labels and the axes' names around the plot square. */
    private static final double LEFT = 48;
    private static final double BOTTOM = 40;
    private static final double TOP = 8;
    private static final double RIGHT = 12;

    private final Canvas canvas = new Canvas();
    private final FlowPane legend = new FlowPane(14, 4);
    private final Label title = small("");
    private final Label arrows = small("");
    private final Label now = small("");
    private final Label note = new Label();
    private VectorFieldPictures shownPictures;
    private FieldPicture picture;
    private PlaneLayout layout = PlaneLayout.of(0, 0, 0, 0, w -> 0);

    public FieldView() {
        getStyleClass().add("field-view");
        title.setStyle("-fx-font-size: 12px; -fx-font-weight: bold; -fx-text-fill: #333333;");
        legend.setPadding(new Insets(2, 0, 2, 0));
        legend.getChildren().addAll(title,
                entry(swatch(g -> arrow(g, 2, 6, 14, 0, ARROW)), arrows),
                entry(swatch(g -> {
                    g.setStroke(PATH);
                    g.setLineWidth(1.6);
                    g.strokePolyline(new double[] {1, 5, 9, 13, 17}, new double[] {10, 3, 8, 2, 6}, 5);
                }), small(FieldText.path())),
                entry(swatch(g -> dot(g, 9, 6, 4.5)), now),
                entry(swatch(g -> equilibrium(g, 9, 6, 0.7)), small(FieldText.equilibrium())));
        note.setWrapText(true);
        note.setVisible(false);
        note.setStyle("-fx-font-size: 12px; -fx-text-fill: #7a1a00; -fx-background-color: rgba(255,255,255,0.85);"
                + " -fx-padding: 3 6 3 6; -fx-border-color: #d9a38a; -fx-border-width: 1;");
        getChildren().addAll(canvas, legend, note);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(160, 160);
        setPrefSize(560, 560);
        Tooltip.install(canvas, new Tooltip(FieldText.help()));
    }

    /** The words of the data tab while this view shows. */
    public static String tabText() {
        return FieldText.tab();
    }

    public void show(Snapshot s) {
        if (!(s.pictures() instanceof VectorFieldPictures p) || p == shownPictures) {
            return;
        }
        shownPictures = p;
        picture = FieldPicture.of(p, s.objective().id(), s.hyperparameters().updates());
        boolean legendChanged = !picture.title().equals(title.getText()) || !picture.arrowsCaption().equals(arrows.getText());
        title.setText(picture.title());
        arrows.setText(picture.arrowsCaption());
        now.setText(picture.now());
        if (!picture.note().equals(note.getText()) || note.isVisible() == picture.note().isEmpty() || legendChanged) {
            note.setText(picture.note());
            note.setVisible(!picture.note().isEmpty());
            requestLayout();
        }
        redraw();
    }

    /** What is drawn now (tests), or null before the first Dirac snapshot. */
    public FieldPicture picture() {
        return picture;
    }

    /** The text over the plot, "" when none. */
    public String noteText() {
        return note.isVisible() ? note.getText() : "";
    }

    /** The legend's words, in order (tests). */
    public List<String> legendTexts() {
        return List.of(title.getText(), arrows.getText(), FieldText.path(), now.getText(), FieldText.equilibrium());
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double column = 0;
        for (Node n : legend.getChildren()) {
            column = Math.max(column, n.prefWidth(-1));
        }
        column = Math.ceil(column);
        layout = PlaneLayout.of(w, h, column, legend.prefHeight(column), legend::prefHeight);
        legend.setVisible(layout.hasLegend());
        legend.resizeRelocate(layout.legendX(), layout.legendY(), layout.legendWidth(), layout.legendHeight());
        PlaneView v = view();
        double noteWidth = Math.max(0, v.side() - 12);
        note.resizeRelocate(v.left() + 6, v.top() + 6, noteWidth, Math.min(note.prefHeight(noteWidth), v.side()));
        canvas.setWidth(w);
        canvas.setHeight(h);
        redraw();
    }

    /** The plot square inside the layout's square, leaving room for the axes. */
    public PlaneView view() {
        double side = Math.max(0, Math.min(layout.side() - LEFT - RIGHT, layout.side() - TOP - BOTTOM));
        return new PlaneView(picture == null ? new ganexplorer.data.Bounds(-2, 2, -2, 2) : picture.box(),
                layout.plotLeft() + LEFT, layout.plotTop() + TOP, side);
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.rgb(250, 250, 250));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        PlaneView v = view();
        if (picture == null || v.side() < 40) {
            return;
        }
        axes(g, v);
        g.save();
        g.beginPath();
        g.rect(v.left(), v.top(), v.side(), v.side());
        g.closePath();
        g.clip();
        int perSide = (int) Math.round(Math.sqrt(picture.arrows().size()));
        double longest = 0.8 * v.side() / Math.max(1, perSide - 1);
        for (FieldPicture.Arrow a : picture.arrows()) {
            if (a.strength() == 0) {
                dot(g, v.px(a.theta()), v.py(a.psi()), 1.5, ARROW);
            } else {
                double[] tip = a.tip(v, a.length(longest));
                double x0 = v.px(a.theta());
                double y0 = v.py(a.psi());
                arrow(g, x0, y0, tip[0] - x0, tip[1] - y0, ARROW);
            }
        }
        path(g, v, picture.path());
        equilibrium(g, v.px(picture.equilibriumTheta()), v.py(0), 1);
        if (picture.pointShown()) {
            dot(g, v.px(picture.theta()), v.py(picture.psi()), 6);
        } else {
            edgeMarker(g, v);
        }
        g.restore();
    }

    private void axes(GraphicsContext g, PlaneView v) {
        g.setFill(PLOT);
        g.fillRect(v.left(), v.top(), v.side(), v.side());
        g.setFont(ganexplorer.ui.CanvasFont.of(11));
        g.setFill(TEXT);
        for (double t : picture.ticks()) {
            boolean zero = Math.abs(t) < 1e-12;
            g.setStroke(zero ? AXIS : GRID);
            g.setLineWidth(1);
            g.strokeLine(v.px(t), v.top(), v.px(t), v.top() + v.side());
            g.strokeLine(v.left(), v.py(t), v.left() + v.side(), v.py(t));
            String label = FieldPicture.number(t).replace(".00", "").replace(".50", ".5");
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(label, v.px(t), v.top() + v.side() + 3);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(label, v.left() - 4, v.py(t));
        }
        g.setStroke(AXIS);
        g.strokeRect(v.left(), v.top(), v.side(), v.side());
        g.setFont(ganexplorer.ui.CanvasFont.of(12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(FieldText.thetaAxis(), v.left() + v.side() / 2, v.top() + v.side() + BOTTOM - 2);
        g.save();
        g.translate(v.left() - LEFT + 4, v.top() + v.side() / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.TOP);
        g.fillText(FieldText.psiAxis(), 0, 0);
        g.restore();
    }

    private static void path(GraphicsContext g, PlaneView v, float[] path) {
        int n = path.length / 2;
        if (n < 2) {
            return;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            // far outside the view a line still runs the right way: clamp to a box around it, not to infinity
            xs[i] = clamp(v.px(path[2 * i]), v.left() - v.side(), v.left() + 2 * v.side());
            ys[i] = clamp(v.py(path[2 * i + 1]), v.top() - v.side(), v.top() + 2 * v.side());
        }
        g.setStroke(PATH);
        g.setLineWidth(1.6);
        g.strokePolyline(xs, ys, n);
    }

    private static double clamp(double x, double lo, double hi) {
        return Double.isNaN(x) ? lo : Math.max(lo, Math.min(hi, x));
    }

    /** A triangle at the edge, pointing where the point went. */
    private void edgeMarker(GraphicsContext g, PlaneView v) {
        double cx = v.px(0);
        double cy = v.py(0);
        double dx = v.px(picture.theta()) - cx;
        double dy = v.py(picture.psi()) - cy;
        double len = Math.hypot(dx, dy);
        if (!(len > 0) || !Double.isFinite(len)) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double reach = (v.side() / 2 - 10) / Math.max(Math.abs(ux), Math.abs(uy));
        double x = cx + ux * reach;
        double y = cy + uy * reach;
        g.setFill(NOW);
        g.fillPolygon(new double[] {x + 9 * ux, x - 6 * ux + 6 * uy, x - 6 * ux - 6 * uy},
                new double[] {y + 9 * uy, y - 6 * uy - 6 * ux, y - 6 * uy + 6 * ux}, 3);
    }

    private static void arrow(GraphicsContext g, double x0, double y0, double dx, double dy, Color c) {
        g.setStroke(c);
        g.setLineWidth(1.3);
        Glyphs.arrow(g, x0, y0, dx, dy, Math.min(5, 0.45 * Math.hypot(dx, dy)));
    }

    private static void dot(GraphicsContext g, double x, double y, double r) {
        g.setFill(NOW);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(Color.rgb(90, 30, 0));
        g.setLineWidth(1.2);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private static void dot(GraphicsContext g, double x, double y, double r, Color c) {
        g.setFill(c);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
    }

    private static void equilibrium(GraphicsContext g, double x, double y, double scale) {
        double a = 5 * scale;
        double r = 7.5 * scale;
        g.setStroke(EQUILIBRIUM);
        g.setLineWidth(1.6);
        g.strokeLine(x - a, y - a, x + a, y + a);
        g.strokeLine(x - a, y + a, x + a, y - a);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private static Node entry(Canvas swatch, Label text) {
        return Glyphs.entry(swatch, text);
    }

    private static Label small(String text) {
        return Glyphs.small(text);
    }

    private static Canvas swatch(java.util.function.Consumer<GraphicsContext> draw) {
        return Glyphs.swatch(draw);
    }
}
