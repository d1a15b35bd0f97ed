package ganexplorer.ui.plane;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Marks and legend entries the plane and the other plot views draw alike: arrows, swatches, small labels. */
public final class Glyphs {
    private Glyphs() {
    }

    /** A line from (x0, y0) by (dx, dy) with a head {@code head} pixels long, in the stroke already set. */
    public static void arrow(GraphicsContext g, double x0, double y0, double dx, double dy, double head) {
        double x1 = x0 + dx;
        double y1 = y0 + dy;
        g.strokeLine(x0, y0, x1, y1);
        double len = Math.hypot(dx, dy);
        if (len > head) {
            double ux = dx / len;
            double uy = dy / len;
            double side = 0.75 * head;
            g.strokeLine(x1, y1, x1 - head * ux + side * uy, y1 - head * uy - side * ux);
            g.strokeLine(x1, y1, x1 - head * ux - side * uy, y1 - head * uy + side * ux);
        }
    }

    /** A legend entry: its swatch, then its words. */
    public static Node entry(Canvas swatch, Label text) {
        HBox row = new HBox(5, swatch, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Legend-sized words, never cut: the legend is laid out around their full text. */
    public static Label small(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 11px; -fx-text-fill: #333333;");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** An 18 x 12 swatch drawn by {@code draw}. */
    public static Canvas swatch(Consumer<GraphicsContext> draw) {
        Canvas c = new Canvas(18, 12);
        draw.accept(c.getGraphicsContext2D());
        return c;
    }
}
