package ganexplorer.ui.plane;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/** The picture Ctrl+E saves of the data tab: the view exactly as on screen, its legend included. */
public final class PlaneExport {
    private PlaneExport() {
    }

    /**
     * The region at its size on screen. The viewport is the region's own box, wherever layout has placed it and
     * whatever a child would paint beyond it, so the picture never depends on the layout around the view.
     */
    public static WritableImage picture(Region view) {
        view.layout(); // what the next pulse would show, not a half laid out frame
        Bounds box = view.localToParent(view.getLayoutBounds());
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        p.setViewport(new Rectangle2D(box.getMinX(), box.getMinY(), Math.ceil(view.getWidth()), Math.ceil(view.getHeight())));
        return view.snapshot(p, new WritableImage((int) Math.ceil(view.getWidth()), (int) Math.ceil(view.getHeight())));
    }

    /** Writes {@link #picture} as a PNG, making the folder if need be. */
    public static void write(Region view, Path file) throws IOException {
        if (view.getWidth() < 1 || view.getHeight() < 1) {
            throw new IOException("the view is not on screen");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(picture(view), null), "png", file.toFile());
    }
}
