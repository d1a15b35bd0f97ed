package ganexplorer.ui.images;

import ganexplorer.data.ImageShape;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Draws rows of pixels in [-1, 1] as a side x side mosaic: all tiles go into one image at their own resolution, and
 * the canvas scales it up once without smoothing, so a digit stays crisp and a frame costs one draw call.
 */
public final class ImageTiles {
    private static final int GAP = 1;

    private ImageTiles() {
    }

    /** Draws the first side x side images of {@code rows} into the square (x, y, size); returns the tile pitch. */
    public static double draw(GraphicsContext g, float[] rows, ImageShape shape, int side, double x, double y, double size) {
        int pitchW = shape.width() + GAP;
        int pitchH = shape.height() + GAP;
        WritableImage mosaic = new WritableImage(side * pitchW - GAP, side * pitchH - GAP);
        int count = Math.min(side * side, rows.length / shape.size());
        for (int k = 0; k < count; k++) {
            mosaic.getPixelWriter().setPixels((k % side) * pitchW, (k / side) * pitchH, shape.width(), shape.height(),
                    PixelFormat.getIntArgbInstance(), shape.argb(rows, k), 0, shape.width());
        }
        g.setImageSmoothing(false);
        g.drawImage(mosaic, x, y, size, size * mosaic.getHeight() / mosaic.getWidth());
        return size / side;
    }
}
