package ganexplorer.ui.latent;

import ganexplorer.ui.Texts;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A z-plane: two latent dimensions as a square with a draggable point. Dragging sets both, and moving either
 * slider moves the point, so for a 2-D latent the whole latent space is one drag away.
 */
final class LatentPad extends Canvas {
    private static final double SIZE = 150;
    private final InvalidationListener redraw = o -> draw();
    private final Tooltip tooltip = new Tooltip();
    private LatentDimension horizontal;
    private LatentDimension vertical;

    LatentPad() {
        super(SIZE, SIZE);
        Tooltip.install(this, tooltip);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::drag);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        bind(List.of());
    }

    /** Follows the two given dimensions (or none). */
    void bind(List<LatentDimension> axes) {
        if (horizontal != null) {
            horizontal.valueProperty().removeListener(redraw);
            vertical.valueProperty().removeListener(redraw);
        }
        horizontal = axes.isEmpty() ? null : axes.get(0);
        vertical = axes.isEmpty() ? null : axes.get(1);
        if (horizontal != null) {
            horizontal.valueProperty().addListener(redraw);
            vertical.valueProperty().addListener(redraw);
        }
        tooltip.setText(horizontal == null ? Texts.get("latent.pad.none")
                : Texts.format("latent.pad.tip", horizontal.name(), vertical.name()));
        draw();
    }

    private void drag(MouseEvent e) {
        if (horizontal == null) {
            return;
        }
        horizontal.valueProperty().set(value(horizontal, e.getX() / SIZE));
        vertical.valueProperty().set(value(vertical, 1 - e.getY() / SIZE));
    }

    private static double value(LatentDimension d, double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        return (2 * f - 1) * d.range();
    }

    private static double fraction(LatentDimension d) {
        return Math.max(0, Math.min(1, (d.valueProperty().get() / d.range() + 1) / 2));
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        g.setStroke(Color.rgb(200, 200, 200));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, SIZE - 1, SIZE - 1);
        g.strokeLine(SIZE / 2, 0, SIZE / 2, SIZE);
        g.strokeLine(0, SIZE / 2, SIZE, SIZE / 2);
        if (horizontal == null) {
            return;
        }
        double x = fraction(horizontal) * SIZE;
        double y = (1 - fraction(vertical)) * SIZE;
        g.setFill(Color.rgb(33, 102, 172));
        g.fillOval(x - 6, y - 6, 12, 12);
        g.setFill(Color.rgb(120, 120, 120));
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(horizontal.name() + " →", SIZE - 4, SIZE - 6);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("↑ " + vertical.name(), 4, 14);
    }
}
