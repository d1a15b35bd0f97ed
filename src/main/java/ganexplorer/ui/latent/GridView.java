package ganexplorer.ui.latent;

import ganexplorer.ui.Texts;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The grid on screen: a square canvas as large as the space it is given, redrawn from the model's newest frame.
 * A click picks a cell (the image under it, or the nearest mesh dot), and the cell a click would pick is ringed
 * while the mouse is over the grid, so a miss is visible before it happens.
 */
final class GridView extends Region {
    private final Canvas canvas = new Canvas(400, 400);
    private final LatentModel model;
    private int hover = -1;

    GridView(LatentModel model) {
        this.model = model;
        getChildren().add(canvas);
        setMinSize(200, 200);
        setPrefSize(400, 400);
        Tooltip.install(canvas, new Tooltip(Texts.get("latent.grid.tip")));
        canvas.setOnMouseClicked(e -> model.walk().pick(e.getX(), e.getY(), canvas.getWidth()));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHover(-1));
        model.frameProperty().addListener(o -> paint());
    }

    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double size = Math.max(1, Math.floor(Math.min(w, getHeight() - snappedTopInset() - snappedBottomInset())));
        canvas.relocate(snappedLeftInset() + Math.floor((w - size) / 2), snappedTopInset());
        if (size != canvas.getWidth()) {
            canvas.setWidth(size);
            canvas.setHeight(size);
            paint();
        }
    }

    private void hover(double x, double y) {
        GridFrame f = model.frameProperty().get();
        GridGeometry.Hit hit = f == null ? GridGeometry.Hit.NONE : GridGeometry.pick(f, canvas.getWidth(), x, y);
        setHover(hit.picked() ? hit.cell() : -1);
    }

    private void setHover(int cell) {
        if (cell != hover) {
            hover = cell;
            paint();
        }
    }

    private void paint() {
        GridFrame f = model.frameProperty().get();
        if (f != null) {
            LatentGridPainter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), f, hover);
        } else {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        }
    }
}
