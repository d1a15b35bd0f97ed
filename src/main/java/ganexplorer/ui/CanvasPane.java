package ganexplorer.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A canvas as large as the room layout gives it (a Canvas alone never resizes): subclasses draw in {@link #redraw()},
 * called after every layout, and learn from {@link #resized(boolean)} when the width changed.
 */
public abstract class CanvasPane extends Region {
    protected final Canvas canvas = new Canvas();

    protected CanvasPane(double minHeight) {
        getChildren().add(canvas);
        setMinHeight(minHeight);
    }

    @Override
    protected void layoutChildren() {
        boolean wider = canvas.getWidth() != getWidth();
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        resized(wider);
    }

    /** After a layout; by default a redraw (a view whose content depends on its width rebuilds it first). */
    protected void resized(boolean widthChanged) {
        redraw();
    }

    public abstract void redraw();

    /** The canvas's context with the whole canvas cleared: where every redraw starts. */
    protected javafx.scene.canvas.GraphicsContext cleared() {
        javafx.scene.canvas.GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        return g;
    }
}
