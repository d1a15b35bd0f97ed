package ganexplorer.ui.plane;

import ganexplorer.ui.Texts;
import ganexplorer.data.Bounds;
import ganexplorer.data.Point;
import ganexplorer.train.HeatRange;
import ganexplorer.train.PlanePictures;
import ganexplorer.train.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The 2-D view in the spirit of GAN Lab: the critic's output as a heat map, real and generated samples, the
 * generator's manifold (a latent grid drawn through G) and arrows showing where the generator's loss pushes its
 * samples, with a legend beside or below the plot. In drawing mode, clicks and drags add points of a custom target
 * distribution. Everything stays inside the view: the region clips its children and the painter clips to the plot.
 */
public final class ToyPlane extends Region {
    private final Canvas canvas = new Canvas();
    private final PlaneLayers layers;
    private final PlaneLegend legend;
    private final Label note = new Label();
    private final ObservableList<Point> drawn = FXCollections.observableArrayList();
    private final ViewFit fit = new ViewFit();
    private PlanePictures snapshot;
    private long experiment = Long.MIN_VALUE;
    private Bounds viewBox;
    private WritableImage heat;
    private HeatRange heatRange;
    private PlaneLayout layout = PlaneLayout.of(0, 0, 0, 0, w -> 0);
    private boolean drawing;
    private double flash;
    private boolean flashCritic;
    private boolean flashGenerator;
    private final Timeline flashFade = new Timeline(
            new KeyFrame(Duration.ZERO, e -> setFlash(1)),
            new KeyFrame(Duration.millis(200), e -> setFlash(0.7)),
            new KeyFrame(Duration.millis(400), e -> setFlash(0.4)),
            new KeyFrame(Duration.millis(700), e -> setFlash(0)));

    public ToyPlane(PlaneLayers layers) {
        this.layers = layers;
        this.legend = new PlaneLegend(layers);
        note.setWrapText(true);
        note.setVisible(false);
        note.setStyle("-fx-font-size: 12px; -fx-text-fill: #7a1a00; -fx-background-color: rgba(255,255,255,0.85);"
                + " -fx-padding: 3 6 3 6; -fx-border-color: #d9a38a; -fx-border-width: 1;");
        getChildren().addAll(canvas, legend, note);
        getStyleClass().add("toy-plane");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip); // nothing of the plane is ever drawn over its neighbours
        setMinSize(160, 160);
        setPrefSize(560, 560);
        for (Observable o : List.of(layers.heatmap, layers.real, layers.generated, layers.manifold, layers.arrows, drawn)) {
            o.addListener(x -> {
                showLegend();
                redraw();
            });
        }
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::paint);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::paint);
    }

    private void setFlash(double value) {
        flash = value;
        redraw();
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
        if (s.experiment() != experiment) {
            experiment = s.experiment();
            fit.reset();
            before = null;
            legend.fakesFromG(s.config() == null
                    || !(s.config().generator() instanceof ganexplorer.train.GeneratorMode.FixedNoise));
        }
        snapshot = now;
        // Snapshots come 30 times a second, fresh pictures about 10: redraw only when the picture changed.
        boolean newPicture = before == null || now.fake() != before.fake() || now.real() != before.real()
                || now.bounds() != before.bounds();
        if (newPicture) {
            viewBox = fit.fit(now.bounds(), now.fake());
            showNote(now);
        }
        if (before == null || now.heatmap() != before.heatmap()) {
            heat = PlanePainter.heatImage(now.heatmap(), now.heatmapResolution());
            heatRange = now.heatmap() == null || now.heatmap().length == 0 ? null : HeatRange.of(now.heatmap());
            newPicture = true;
        }
        if (newPicture) {
            showLegend();
            redraw();
        }
    }

    private void showLegend() {
        legend.show(heatRange, snapshot != null && snapshot.modes().count() > 0, drawn.size(), layers.heatmap.get());
    }

    private void showNote(PlanePictures p) {
        List<String> lines = new ArrayList<>();
        if (fit.zoomedOut()) {
            lines.add(Texts.format("plane.zoomedOut", viewBox.width() / p.bounds().width()));
        }
        int bad = ViewFit.notFinite(p.fake());
        if (bad > 0) {
            lines.add(Texts.format("plane.notFinite", bad, p.fake().length / 2));
        }
        String text = String.join("\n", lines);
        if (!text.equals(note.getText()) || note.isVisible() == lines.isEmpty()) {
            note.setText(text);
            note.setVisible(!lines.isEmpty());
            requestLayout(); // only then: a layout pass of the plane costs a redraw
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double column = legend.columnWidth();
        PlaneLayout next = PlaneLayout.of(w, h, column, legend.prefHeight(column), legend::prefHeight);
        // A new number in the legend lays the plane out again: redraw only if the plot moved (show() drew it already)
        boolean moved = !next.equals(layout) || canvas.getWidth() != w || canvas.getHeight() != h;
        layout = next;
        legend.setVisible(layout.hasLegend());
        legend.resizeRelocate(layout.legendX(), layout.legendY(), layout.legendWidth(), layout.legendHeight());
        double noteWidth = Math.max(0, layout.side() - 12);
        double noteHeight = Math.min(note.prefHeight(noteWidth), layout.side());
        note.resizeRelocate(layout.plotLeft() + 6, layout.plotTop() + 6, noteWidth, noteHeight);
        canvas.setWidth(w);
        canvas.setHeight(h);
        if (moved) {
            redraw();
        }
    }

    /** Where the plot is now (tests and the export check against it). */
    public PlaneView view() {
        return layout.view(viewBox == null ? Bounds.square(1) : viewBox);
    }

    public boolean zoomedOut() {
        return fit.zoomedOut();
    }

    /** The text over the plot: why the view is zoomed out, points that cannot be drawn; empty when none. */
    public String noteText() {
        return note.isVisible() ? note.getText() : "";
    }

    /** The critic's range as the legend shows it. */
    public String legendCriticText() {
        return legend.criticText();
    }

    /** The legend's box in the plane's coordinates. */
    public javafx.geometry.Bounds legendBounds() {
        return legend.getBoundsInParent();
    }

    private void paint(MouseEvent e) {
        if (!drawing || snapshot == null || layout.side() <= 0) {
            return;
        }
        PlaneView v = view();
        Bounds b = snapshot.bounds();
        double x = v.dataX(e.getX());
        double y = v.dataY(e.getY());
        if (x >= b.minX() && x <= b.maxX() && y >= b.minY() && y <= b.maxY()) {
            drawn.add(new Point(x, y));
        }
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        PlanePainter.clear(g, canvas.getWidth(), canvas.getHeight());
        if (snapshot == null || viewBox == null || layout.side() <= 0) {
            return;
        }
        PlaneView v = view();
        PlanePainter p = new PlanePainter(g, v, snapshot.bounds());
        p.begin();
        p.heat(layers.heatmap.get() ? heat : null);
        if (fit.zoomedOut()) {
            p.dataBox();
            if (layers.generated.get()) {
                p.generatedBox(snapshot.fake());
            }
        }
        p.modes(snapshot.modes());
        if (layers.manifold.get() && snapshot.manifold() != null) {
            p.manifold(snapshot.manifold(), snapshot.manifoldSide());
        }
        if (layers.real.get()) {
            p.dots(snapshot.real(), PlanePainter.REAL, 3);
        }
        if (layers.generated.get()) {
            if (flash > 0 && flashGenerator) {
                p.dots(snapshot.fake(), PlanePainter.highlight(flash), 9);
            }
            p.dots(snapshot.fake(), PlanePainter.FAKE, 3.5);
        }
        if (layers.arrows.get() && snapshot.push() != null) {
            p.arrows(snapshot.fake(), snapshot.push());
        }
        p.drawn(drawn);
        if (flash > 0 && flashCritic) {
            p.outline(flash);
        }
        p.end();
    }

    /** A copy of the drawn points, for a command. */
    public List<Point> drawnCopy() {
        return new ArrayList<>(drawn);
    }
}
