package ganexplorer.ui.images;

import ganexplorer.ui.Texts;
import ganexplorer.train.ImagePictures;
import ganexplorer.train.Snapshot;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The data tab for images: real samples beside generated ones, as mosaics redrawn when a new sample arrives, each
 * titled and with a caption under both saying which side is which (an exported picture carries them too).
 */
public final class ImageGallery extends VBox {
    private static final int SIDE = 8;
    /** Room for the titles above the mosaics and the caption below them. */
    private static final double TEXT = 100;

    private final Canvas real = new Canvas(240, 240);
    private final Canvas generated = new Canvas(240, 240);
    private final Label caption = new Label(Texts.get("gallery.caption"));
    private float[] shownFake;
    private Snapshot shown;

    public ImageGallery() {
        super(8);
        getStyleClass().add("image-gallery");
        setPadding(new Insets(10));
        Label realTitle = new Label(Texts.get("gallery.real"));
        realTitle.getStyleClass().add("section-title");
        Label fakeTitle = new Label(Texts.get("gallery.generated"));
        fakeTitle.getStyleClass().add("section-title");
        HBox mosaics = new HBox(16, new VBox(6, realTitle, real), new VBox(6, fakeTitle, generated));
        caption.setWrapText(true);
        caption.maxWidthProperty().bind(mosaics.widthProperty());
        caption.setStyle("-fx-text-fill: #333333;");
        getChildren().addAll(mosaics, caption);
        setMinSize(0, 0); // the mosaics follow the tab's size (fit), they never hold it wider than the window
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        widthProperty().addListener((o, a, b) -> fit());
        heightProperty().addListener((o, a, b) -> fit());
    }

    /** Two square mosaics side by side, as large as the tab allows. */
    private void fit() {
        double side = Math.floor(Math.max(80, Math.min((getWidth() - 16 - 20) / 2, getHeight() - TEXT)));
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

    /** The caption under the mosaics. */
    public String captionText() {
        return caption.getText();
    }

    public void show(Snapshot s) {
        if (!(s.pictures() instanceof ImagePictures p) || p.fake() == shownFake) {
            return; // not images, or the same evaluation sample is already drawn
        }
        shownFake = p.fake();
        shown = s;
        paint(real, p.real(), p);
        paint(generated, p.fake(), p);
        caption.setText(Texts.format("gallery.captionStep", s.step(), SIDE * SIDE, p.shape()));
    }

    private static void paint(Canvas canvas, float[] rows, ImagePictures p) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.rgb(30, 30, 30));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        ImageTiles.draw(g, rows, p.shape(), SIDE, 0, 0, canvas.getWidth());
    }
}
