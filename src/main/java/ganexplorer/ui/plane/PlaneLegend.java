package ganexplorer.ui.plane;

import ganexplorer.ui.Texts;
import ganexplorer.train.HeatRange;
import java.util.Locale;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * What the plane's marks mean, in the plane itself (so an exported picture carries it). Every entry is always there,
 * in the colours the painter uses; a layer that is switched off or has nothing to show is greyed, so the legend
 * keeps its size and the plot does not jump when a box is ticked.
 */
final class PlaneLegend extends FlowPane {
    private static final double BAR = 120;
    private final Label low = small("");
    private final Label high = small("");
    private final Canvas bar = new Canvas(BAR, 10);
    private final Node modes;
    private final Node critic;
    private final Node drawn;
    private final Label fakeText = small(Texts.get("legend.generated"));

    PlaneLegend(PlaneLayers layers) {
        super(14, 4);
        getStyleClass().add("plane-legend");
        setPadding(new Insets(2, 0, 2, 0));
        Node real = entry(swatch(g -> square(g, PlanePainter.REAL, 4)), Texts.get("legend.real"));
        Node fake = Glyphs.entry(swatch(g -> square(g, PlanePainter.FAKE, 4.5)), fakeText);
        modes = entry(swatch(g -> {
            g.setStroke(PlanePainter.MODE);
            g.strokeOval(4, 1, 10, 10);
        }), Texts.get("legend.modes"));
        critic = criticEntry();
        drawn = entry(swatch(g -> square(g, PlanePainter.DRAWN, 4)), Texts.get("legend.drawn"));
        Node manifold = entry(swatch(g -> {
            g.setStroke(PlanePainter.MANIFOLD);
            for (double x = 2; x <= 16; x += 7) {
                g.strokeLine(x, 1, x, 11);
            }
            for (double y = 1.5; y <= 11; y += 4.75) {
                g.strokeLine(2, y, 16, y);
            }
        }), Texts.get("legend.manifold"));
        Node push = entry(swatch(g -> {
            g.setStroke(PlanePainter.PUSH);
            g.setLineWidth(1.2);
            g.strokeLine(2, 6, 16, 6);
            g.strokeLine(16, 6, 12, 3);
            g.strokeLine(16, 6, 12, 9);
        }), Texts.get("legend.push"));
        getChildren().addAll(real, fake, modes, critic, drawn, manifold, push);
        dimUnless(real, layers.real);
        dimUnless(fake, layers.generated);
        dimUnless(manifold, layers.manifold);
        dimUnless(push, layers.arrows);
        show(null, false, 0, true);
    }

    /** Names the orange points: G's samples, or (a fixed generator) the real data plus noise that stand in for them. */
    void fakesFromG(boolean fromG) {
        fakeText.setText(Texts.get(fromG ? "legend.generated" : "legend.noisyReal"));
    }

    /** The heat map's range (null: none yet), whether the data has modes, the drawn points, the heat layer shown. */
    void show(HeatRange range, boolean hasModes, int drawnPoints, boolean heatShown) {
        low.setText(range == null ? "–" : number(range.low()));
        high.setText(range == null ? "–" : number(range.high()));
        critic.setOpacity(range != null && heatShown ? 1 : 0.4);
        modes.setOpacity(hasModes ? 1 : 0.4);
        drawn.setOpacity(drawnPoints > 0 ? 1 : 0.4);
    }

    String criticText() {
        return Texts.format("legend.criticRange", low.getText(), high.getText());
    }

    /** The widest entry: the legend as one column. */
    double columnWidth() {
        double w = 0;
        for (Node n : getChildren()) {
            w = Math.max(w, n.prefWidth(-1));
        }
        return Math.ceil(w);
    }

    /** Two to three significant digits, switching to powers of ten for huge or tiny values (a diverging critic). */
    static String number(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a >= 10_000 || a < 0.01)) {
            return String.format(Locale.ROOT, "%.1e", v).replace("-", "\u2212");
        }
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : "%.2f", v).replace("-", "\u2212");
    }

    private Node criticEntry() {
        GraphicsContext g = bar.getGraphicsContext2D();
        for (int i = 0; i < BAR; i++) {
            g.setFill(PlanePainter.heatColour(i / (BAR - 1)));
            g.fillRect(i, 0, 1, 10);
        }
        g.setStroke(Color.rgb(150, 150, 150));
        g.strokeRect(0.5, 0.5, BAR - 1, 9);
        HBox scale = new HBox(4, low, bar, high);
        scale.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(1, small(Texts.get("legend.critic")), scale, small(Texts.get("legend.colours")));
        box.setMaxWidth(Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip.install(box, new javafx.scene.control.Tooltip(Texts.get("legend.tip.critic")));
        return box;
    }

    private static void dimUnless(Node n, ObservableBooleanValue on) {
        n.opacityProperty().bind(javafx.beans.binding.Bindings.when(on).then(1.0).otherwise(0.4));
    }

    private static Node entry(Canvas swatch, String text) {
        return Glyphs.entry(swatch, small(text));
    }

    private static Label small(String text) {
        return Glyphs.small(text);
    }

    private static Canvas swatch(java.util.function.Consumer<GraphicsContext> draw) {
        return Glyphs.swatch(draw);
    }

    private static void square(GraphicsContext g, Color c, double size) {
        g.setFill(c);
        g.fillRect(9 - size / 2 - 3, 6 - size / 2, size, size);
        g.fillRect(9 - size / 2 + 3, 6 - size / 2 - 1, size, size);
    }
}
