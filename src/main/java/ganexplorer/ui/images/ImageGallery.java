package ganexplorer.ui.images;

import ganexplorer.train.ImagePictures;
import ganexplorer.train.Snapshot;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** The data tab for images: real samples beside generated ones, as mosaics redrawn when a new sample arrives. */
public final class ImageGallery extends HBox {
    private static final int SIDE = 8;

    private final Canvas real = new Canvas(240, 240);
    private final Canvas generated = new Canvas(240, 240);
    private final Label caption = new Label();
    private float[] shownFake;
    private Snapshot shown;

    public ImageGallery() {
        super(16);
        getStyleClass().add("image-gallery");
        setPadding(new Insets(10));
        Label realTitle = new Label("Real");
        realTitle.getStyleClass().add("section-title");
        Label fakeTitle = new Label("Generated");
        fakeTitle.getStyleClass().add("section-title");
        caption.setWrapText(true);
        caption.maxWidthProperty().bind(generated.widthProperty());
        getChildren().addAll(new VBox(6, realTitle, real), new VBox(6, fakeTitle, generated, caption));
        widthProperty().addListener((o, a, b) -> fit());
        heightProperty().addListener((o, a, b) -> fit());
    }

    /** Two square mosaics side by side, as large as the tab allows. */
    private void fit() {
        double side = Math.floor(Math.max(120, Math.min((getWidth() - 16 - 20) / 2, getHeight() - 80)));
        if (side != real.getWidth()) {
            for (Canvas c : new Canvas[] {real, generated}) {
                c.setWidth(side);
                c.setHeight(side);
            }
            if (shown != null) {
                shownFake = null;
                show(shown);
            }
        }
    }

    /** The generated mosaic (tests read its pixels). */
    public Canvas generatedCanvas() {
        return generated;
    }

    public void show(Snapshot s) {
        if (!(s.pictures() instanceof ImagePictures p) || p.fake() == shownFake) {
            return; // not images, or the same evaluation sample is already drawn
        }
        shownFake = p.fake();
        shown = s;
        paint(real, p.real(), p);
        paint(generated, p.fake(), p);
        caption.setText("Step " + String.format("%,d", s.step()) + ": " + SIDE * SIDE + " of the evaluation sample ("
                + p.shape() + ")");
    }

    private static void paint(Canvas canvas, float[] rows, ImagePictures p) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.rgb(30, 30, 30));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        ImageTiles.draw(g, rows, p.shape(), SIDE, 0, 0, canvas.getWidth());
    }
}
