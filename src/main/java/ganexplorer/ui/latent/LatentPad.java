package ganexplorer.ui.latent;

import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * A z-plane: the two chosen latent dimensions as a square with a draggable point. Dragging sets the two sliders,
 * and moving a slider moves the point, so for a 2-D latent the whole latent space is one drag away.
 */
final class LatentPad extends Canvas {
    private static final double SIZE = 150;
    private final InvalidationListener redraw = o -> draw();
    private Slider horizontal;
    private Slider vertical;

    LatentPad() {
        super(SIZE, SIZE);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::drag);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        draw();
    }

    void bind(Slider h, Slider v) {
        if (horizontal != null) {
            horizontal.valueProperty().removeListener(redraw);
            vertical.valueProperty().removeListener(redraw);
        }
        horizontal = h;
        vertical = v;
        h.valueProperty().addListener(redraw);
        v.valueProperty().addListener(redraw);
        draw();
    }

    private void drag(MouseEvent e) {
        if (horizontal == null) {
            return;
        }
        horizontal.setValue(value(horizontal, e.getX() / SIZE));
        vertical.setValue(value(vertical, 1 - e.getY() / SIZE));
    }

    private static double value(Slider s, double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        return s.getMin() + f * (s.getMax() - s.getMin());
    }

    private static double fraction(Slider s) {
        return (s.getValue() - s.getMin()) / (s.getMax() - s.getMin());
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        g.setStroke(Color.rgb(200, 200, 200));
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
    }
}
