package ganexplorer.ui.latent;

import ganexplorer.ui.Texts;
import ganexplorer.data.Bounds;
import ganexplorer.train.ImagePictures;
import ganexplorer.train.PlanePictures;
import ganexplorer.ui.images.ImageTiles;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws a grid frame into a square: for images a mosaic with the slider point in the centre cell, for 2-D points a
 * mesh over the data with G(z) of the slider point in blue. Positions come from {@link GridGeometry}, so a dot is
 * drawn where a click picks it; {@code highlight} rings the cell a click would pick now (-1 for none).
 */
final class LatentGridPainter {
    private static final Color BACKGROUND = Color.rgb(250, 250, 250);
    private static final Color DOT = Color.rgb(230, 97, 1);
    private static final Color SLIDER_POINT = Color.rgb(33, 102, 172);

    private LatentGridPainter() {
    }

    static void paint(GraphicsContext g, double size, GridFrame f, int highlight) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, size, size);
        int side = LatentGrid.SIDE;
        if (f.pictures() instanceof ImagePictures images) {
            double pitch = ImageTiles.draw(g, f.outputs(), images.shape(), side, 0, 0, size);
            g.setLineWidth(2);
            g.setStroke(SLIDER_POINT);
            g.strokeRect(side / 2 * pitch + 1, side / 2 * pitch + 1, pitch - 2, pitch - 2);
            if (highlight >= 0) {
                g.setStroke(DOT);
                g.strokeRect(highlight % side * pitch + 1, highlight / side * pitch + 1, pitch - 2, pitch - 2);
            }
            return;
        }
        PlanePictures plane = (PlanePictures) f.pictures();
        Bounds b = plane.bounds();
        g.setFill(Color.rgb(25, 25, 25, 0.25));
        float[] real = plane.real();
        for (int i = 0; i + 1 < real.length; i += 2) {
            g.fillRect(GridGeometry.x(real[i], b, size) - 1, GridGeometry.y(real[i + 1], b, size) - 1, 2, 2);
        }
        double[][] at = new double[side * side + 1][];
        for (int k = 0; k < at.length; k++) {
            at[k] = GridGeometry.centre(f, k, size);
        }
        g.setLineWidth(1.2);
        for (int k = 0; k < side * side; k++) {
            int i = k % side;
            g.setStroke(Color.hsb(200 + 120.0 * i / (side - 1), 0.7, 0.8, 0.8));
            if (i + 1 < side) {
                g.strokeLine(at[k][0], at[k][1], at[k + 1][0], at[k + 1][1]);
            }
            if (k + side < side * side) {
                g.strokeLine(at[k][0], at[k][1], at[k + side][0], at[k + side][1]);
            }
        }
        double r = GridGeometry.DOT_RADIUS;
        g.setLineWidth(1);
        g.setStroke(Color.WHITE); // a white rim keeps dots apart where the mesh folds onto itself
        for (int k = 0; k < side * side; k++) {
            g.setFill(DOT);
            g.fillOval(at[k][0] - r, at[k][1] - r, 2 * r, 2 * r);
            g.strokeOval(at[k][0] - r, at[k][1] - r, 2 * r, 2 * r);
        }
        double[] c = at[side * side];
        g.setFill(SLIDER_POINT);
        g.fillOval(c[0] - 7, c[1] - 7, 14, 14);
        if (highlight >= 0) {
            g.setStroke(Color.rgb(40, 40, 40));
            g.setLineWidth(2);
            g.strokeOval(at[highlight][0] - 2 * r, at[highlight][1] - 2 * r, 4 * r, 4 * r);
        }
        g.setFill(Color.rgb(60, 60, 60));
        g.setFont(ganexplorer.ui.CanvasFont.of(javafx.scene.text.Font.getDefault().getSize()));
        g.fillText(Texts.format("latent.canvas.mesh", side, side), 8, 16, size - 16);
    }

    /**
     * The frame as an export shows it, painted on a canvas of its own: a snapshot of a node on screen makes JavaFX lay
     * the whole scene out again first, at its preferred size if the scene was never sized (the window broke).
     */
    static BufferedImage render(GridFrame f, int size) {
        Canvas canvas = new Canvas(size, size);
        paint(canvas.getGraphicsContext2D(), size, f, -1);
        return SwingFXUtils.fromFXImage(canvas.snapshot(null, null), null);
    }
}
