package ganexplorer.ui.plane;

import ganexplorer.ui.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
     * The region at its size on screen, cut from its own box wherever layout has placed it, so the picture never
     * depends on the layout around the view.
     */
    public static WritableImage picture(Region view) {
        int w = (int) Math.ceil(view.getWidth());
        int h = (int) Math.ceil(view.getHeight());
        return keepingLayout(view.getScene(), () -> {
            Bounds box = view.localToParent(view.getLayoutBounds());
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            p.setViewport(new Rectangle2D(box.getMinX(), box.getMinY(), w, h));
            return view.snapshot(p, new WritableImage(w, h));
        });
    }

    /** Writes {@link #picture} as a PNG, making the folder if need be. */
    public static void write(Region view, Path file) throws IOException {
        if (view.getScene() == null || view.getWidth() < 1 || view.getHeight() < 1) {
            throw new IOException(Texts.get("export.notOnScreen"));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(picture(view), null), "png", file.toFile());
    }

    /**
     * Runs a snapshot without letting it relayout the window. The first snapshot in a scene that was made without a
     * size (its stage was sized instead, as the app's was before MainWindow sized it) first resizes the scene's root to
     * its preferred size: the
     * exported plane came out 560 x 1875 and the window stayed laid out for that size (a blank plane, charts beyond
     * the window) until it was resized. Pinning the root's size to the size it has for that first snapshot makes
     * the resize a no-op; JavaFX then counts the scene as sized and later snapshots leave it alone.
     */
    static <T> T keepingLayout(Scene scene, Supplier<T> snapshot) {
        Parent parent = scene == null ? null : scene.getRoot();
        if (!(parent instanceof Region root) || root.prefWidthProperty().isBound() || root.minWidthProperty().isBound()
                || root.maxWidthProperty().isBound() || root.prefHeightProperty().isBound()
                || root.minHeightProperty().isBound() || root.maxHeightProperty().isBound()) {
            return snapshot.get();
        }
        double[] was = {root.getMinWidth(), root.getPrefWidth(), root.getMaxWidth(), root.getMinHeight(),
            root.getPrefHeight(), root.getMaxHeight()};
        double w = scene.getWidth();
        double h = scene.getHeight();
        root.setMinSize(w, h);
        root.setPrefSize(w, h);
        root.setMaxSize(w, h);
        try {
            return snapshot.get();
        } finally {
            root.setMinSize(was[0], was[3]);
            root.setPrefSize(was[1], was[4]);
            root.setMaxSize(was[2], was[5]);
        }
    }
}
