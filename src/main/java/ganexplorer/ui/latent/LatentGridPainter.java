package ganexplorer.ui.latent;

import ganexplorer.data.Bounds;
import ganexplorer.train.ImagePictures;
import ganexplorer.train.PlanePictures;
import ganexplorer.train.Snapshot;
import ganexplorer.ui.images.ImageTiles;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws the latent grid's outputs and finds the cell under the mouse: for images a mosaic with the slider point in
 * the centre cell, for 2-D points a mesh over the data with G(z) of the slider point in blue. The outputs are
 * side x side rows, then the slider point's row.
 */
final class LatentGridPainter {
    private final Canvas canvas;
    private final int side;

    LatentGridPainter(Canvas canvas, int side) {
        this.canvas = canvas;
        this.side = side;
    }

    /** Whether {@code outputs} holds a whole grid plus the slider point for rows of {@code perRow} values. */
    boolean complete(float[] outputs, int perRow) {
        return outputs.length >= perRow * (side * side + 1);
    }

    void paint(Snapshot snapshot, float[] outputs) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        g.setFill(Color.rgb(250, 250, 250));
        g.fillRect(0, 0, w, w);
        if (snapshot.pictures() instanceof ImagePictures images) {
            double pitch = ImageTiles.draw(g, outputs, images.shape(), side, 0, 0, w);
            g.setStroke(Color.rgb(33, 102, 172));
            g.setLineWidth(2);
            g.strokeRect(side / 2 * pitch + 1, side / 2 * pitch + 1, pitch - 2, pitch - 2); // the slider point
            return;
        }
        PlanePictures plane = (PlanePictures) snapshot.pictures();
        Bounds b = plane.bounds();
        g.setFill(Color.rgb(25, 25, 25, 0.25));
        float[] real = plane.real();
        for (int i = 0; i + 1 < real.length; i += 2) {
            g.fillRect(x(real[i], b, w) - 1, y(real[i + 1], b, w) - 1, 2, 2);
        }
        g.setLineWidth(1.2);
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                int k = j * side + i;
                g.setStroke(Color.hsb(200 + 120.0 * i / (side - 1), 0.7, 0.8, 0.8));
                if (i + 1 < side) {
                    line(g, outputs, k, k + 1, b, w);
                }
                if (j + 1 < side) {
                    line(g, outputs, k, k + side, b, w);
                }
            }
        }
        g.setFill(Color.rgb(230, 97, 1));
        for (int k = 0; k < side * side; k++) {
            g.fillOval(x(outputs[2 * k], b, w) - 3, y(outputs[2 * k + 1], b, w) - 3, 6, 6);
        }
        int c = side * side;
        g.setFill(Color.rgb(33, 102, 172));
        g.fillOval(x(outputs[2 * c], b, w) - 7, y(outputs[2 * c + 1], b, w) - 7, 14, 14);
        g.setFill(Color.rgb(60, 60, 60));
        g.fillText("blue: G(z); orange: a " + side + "×" + side + " latent grid around z", 8, 16);
    }

    /** The cell under canvas point (px, py): the image there, or the mesh dot within 12 pixels; -1 for none. */
    int cellAt(Snapshot snapshot, float[] outputs, double px, double py) {
        double w = canvas.getWidth();
        if (snapshot.images()) {
            double pitch = w / side;
            int i = (int) (px / pitch);
            int j = (int) (py / pitch);
            return i >= 0 && i < side && j >= 0 && j < side ? j * side + i : -1;
        }
        Bounds b = ((PlanePictures) snapshot.pictures()).bounds();
        int best = -1;
        double bestDistance = 12 * 12;
        for (int k = 0; k < side * side; k++) {
            double dx = x(outputs[2 * k], b, w) - px;
            double dy = y(outputs[2 * k + 1], b, w) - py;
            if (dx * dx + dy * dy < bestDistance) {
                bestDistance = dx * dx + dy * dy;
                best = k;
            }
        }
        return best;
    }

    private static void line(GraphicsContext g, float[] o, int a, int c, Bounds b, double w) {
        g.strokeLine(x(o[2 * a], b, w), y(o[2 * a + 1], b, w), x(o[2 * c], b, w), y(o[2 * c + 1], b, w));
    }

    private static double x(double v, Bounds b, double w) {
        return (v - b.minX()) / b.width() * w;
    }

    private static double y(double v, Bounds b, double w) {
        return w - (v - b.minY()) / b.height() * w;
    }
}
