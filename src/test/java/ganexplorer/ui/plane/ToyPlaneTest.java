package ganexplorer.ui.plane;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.data.Bounds;
import ganexplorer.data.Modes;
import ganexplorer.data.Point;
import ganexplorer.train.PlanePictures;
import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The plane in a window under a toolbar, as in the app, fed with made-up snapshots: what lands where on screen. */
@ExtendWith(ApplicationExtension.class)
class ToyPlaneTest {
    private static final Bounds DATA = Bounds.square(2);
    private ToyPlane plane;
    private Scene scene;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        plane = new ToyPlane(new PlaneLayers());
        FlowPane bar = new FlowPane(10, 6, new Button("heat map"), new Button("Draw"), new Button("Clear"));
        VBox box = new VBox(6, bar, plane);
        VBox.setVgrow(plane, Priority.ALWAYS);
        box.setStyle("-fx-padding: 17 6 6 23;"); // the plane away from the scene's origin
        javafx.scene.layout.Region charts = new javafx.scene.layout.Region(); // a tall neighbour, like the charts
        charts.setPrefSize(100, 1800);
        // The snapshot pitfall: a sized stage shows a placeholder, then gets a scene made without a size (the app's
        // was, until MainWindow sized it); an export must not relayout it. Taller than wide
        stage.setScene(new Scene(new javafx.scene.layout.StackPane()));
        stage.setWidth(560);
        stage.setHeight(700);
        stage.show();
        scene = new Scene(new javafx.scene.layout.BorderPane(box, null, charts, null, null));
        stage.setScene(scene);
    }

    private static float[] ring(int n, double cx, double cy, double r) {
        float[] xy = new float[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = (float) (cx + r * Math.cos(2 * Math.PI * i / n));
            xy[2 * i + 1] = (float) (cy + r * Math.sin(2 * Math.PI * i / n));
        }
        return xy;
    }

    private static float[] heat() {
        float[] h = new float[16 * 16];
        for (int i = 0; i < h.length; i++) {
            h[i] = (i % 16) / 15f * 4 - 1.5f; // from -1.5 (fake, left) to 2.5 (real, right)
        }
        return h;
    }

    private static Snapshot snapshot(long experiment, float[] fake) {
        Modes modes = new Modes(List.of(new Point(1, 0), new Point(-1, 0)), 0.2);
        PlanePictures p = new PlanePictures(ring(200, 0, 0, 1), fake, DATA, modes, heat(), 16, null, 0, null);
        return new Snapshot(experiment, 100, RunState.RUNNING, null, null, null, List.of(), List.of(), List.of(), null,
                p, null, 0);
    }

    private void show(FxRobot robot, Snapshot s) {
        robot.interact(() -> plane.show(s));
    }

    private int[] scenePixels(FxRobot robot) {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = PlaneExport.keepingLayout(scene, () -> scene.snapshot(null)));
        int w = (int) img[0].getWidth();
        int h = (int) img[0].getHeight();
        int[] px = new int[w * h];
        img[0].getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return px;
    }

    /** The generated points' orange (over the light background or the heat map), not the heat map's colours. */
    static boolean orange(int argb) {
        int r = argb >> 16 & 0xff;
        int g = argb >> 8 & 0xff;
        int b = argb & 0xff;
        return r > 180 && g > 60 && g < 170 && b < 110 && r - g > 60;
    }

    /** Orange pixels of the scene inside (or outside) the plot square, leaving the legend's box out. */
    private int orangeCount(int[] px, boolean insidePlot) {
        int w = (int) scene.getWidth();
        PlaneView v = plane.view();
        Point2D origin = plane.localToScene(0, 0);
        javafx.geometry.Bounds legend = plane.localToScene(plane.legendBounds());
        int n = 0;
        for (int i = 0; i < px.length; i++) {
            double x = i % w + 0.5;
            double y = i / w + 0.5;
            boolean inPlot = v.shows(x - origin.getX(), y - origin.getY());
            if (orange(px[i]) && inPlot == insidePlot && !legend.contains(x, y)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void shouldDrawNothingOutsideThePlotSquare(FxRobot robot) {
        // Just above the data's box (less than a box away, so the view stays on it): before, these were drawn in the
        // plane's margin between the toolbar and the plot.
        float[] above = ring(300, 0, 2.5, 1.2); // y from 1.3 to 3.7: the upper half leaves the box
        show(robot, snapshot(1, above));
        assertThat(plane.zoomedOut()).isFalse();
        int[] px = scenePixels(robot);
        assertThat(orangeCount(px, false)).as("orange outside the plot").isZero();
        assertThat(orangeCount(px, true)).as("the points that are in the box are drawn").isPositive();
    }

    @Test
    void shouldZoomOutWhenThePointsRunAwayAndComeBackWithThem(FxRobot robot) {
        show(robot, snapshot(1, ring(300, 0, 0, 1.5)));
        assertThat(plane.zoomedOut()).isFalse();
        assertThat(plane.noteText()).isEmpty();
        int inBox = orangeCount(scenePixels(robot), true);

        float[] gone = ring(300, 80, -40, 30); // every point dozens of boxes away
        show(robot, snapshot(1, gone));
        assertThat(plane.zoomedOut()).isTrue();
        assertThat(plane.noteText()).contains("View zoomed out: the generated points left the data's box");
        PlaneView v = plane.view();
        for (int i = 0; i < gone.length; i += 2) {
            assertThat(v.showsPoint(gone[i], gone[i + 1], 0)).as("point %d on the plot", i / 2).isTrue();
        }
        int[] px = scenePixels(robot);
        assertThat(orangeCount(px, true)).as("the far points are seen").isGreaterThan(inBox / 4);
        assertThat(orangeCount(px, false)).isZero();

        show(robot, snapshot(1, ring(300, 0, 0, 1.5)));
        assertThat(plane.zoomedOut()).isFalse();
        assertThat(plane.view().box()).isEqualTo(DATA);
        assertThat(plane.noteText()).isEmpty();

        show(robot, snapshot(1, gone));
        show(robot, snapshot(2, ring(300, 0, 0, 1.5)));
        assertThat(plane.zoomedOut()).as("a new experiment starts on the data's box").isFalse();
    }

    @Test
    void shouldNotDrawNaNPointsAndSaySo(FxRobot robot) {
        float[] fake = ring(300, 0, 0, 1.5);
        for (int i = 0; i < 100; i++) {
            fake[2 * i] = Float.NaN;
        }
        fake[401] = Float.POSITIVE_INFINITY;
        show(robot, snapshot(1, fake));
        assertThat(plane.noteText()).contains("101 of 300 generated points are not numbers");
        assertThat(orangeCount(scenePixels(robot), false)).isZero();
    }

    @Test
    void theLegendShouldBeInThePlaneAndInTheExportedPicture(FxRobot robot) throws Exception {
        show(robot, snapshot(1, ring(300, 0, 0, 1.5)));
        javafx.geometry.Bounds legend = plane.legendBounds();
        PlaneView v = plane.view();
        assertThat(legend.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(legend.getMinY()).isGreaterThanOrEqualTo(v.top() + v.side());
        assertThat(legend.getMaxX()).isLessThanOrEqualTo(plane.getWidth());
        assertThat(legend.getMaxY()).isLessThanOrEqualTo(plane.getHeight());
        assertThat(plane.legendCriticText()).as("the heat map's range")
                .isEqualTo("from \u22121.50 (says fake) to 2.50 (says real)");
        robot.lookup("real data").query(); // the legend's entries are there to read
        robot.lookup("generated, G(z)").query();
        robot.lookup("modes (grey circles)").query();
        robot.lookup("manifold: G over a latent grid").query();
        robot.lookup("G's push (where G's loss moves it)").query();
        robot.lookup("your drawn points").query();
        robot.lookup("purple: says fake, green: says real").query();

        javafx.geometry.Bounds onScreen = plane.getLayoutBounds();
        double sceneHeight = scene.getHeight();
        Path file = dir.resolve("plane.png");
        robot.interact(() -> {
            try {
                PlaneExport.write(plane, file);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(plane.getHeight()).as("the plane keeps its size on screen").isEqualTo(onScreen.getHeight());
        assertThat(plane.getWidth()).isEqualTo(onScreen.getWidth());
        assertThat(scene.getHeight()).as("and so does the window's scene").isEqualTo(sceneHeight);
        assertThat(png.getWidth()).isEqualTo((int) Math.ceil(plane.getWidth()));
        assertThat(png.getHeight()).isEqualTo((int) Math.ceil(plane.getHeight()));
        // the same pixels as on screen, wherever the layout put the plane
        int[] screen = scenePixels(robot);
        Point2D origin = plane.localToScene(0, 0);
        int sw = (int) scene.getWidth();
        int same = 0;
        int legendOrange = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int a = png.getRGB(x, y);
                int b = screen[(y + (int) origin.getY()) * sw + x + (int) origin.getX()];
                if (Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) <= 8 && Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff)) <= 8
                        && Math.abs((a & 0xff) - (b & 0xff)) <= 8) {
                    same++;
                }
                if (orange(a) && legend.contains(x + 0.5, y + 0.5)) {
                    legendOrange++;
                }
            }
        }
        assertThat(same).as("pixels as on screen").isGreaterThan(png.getWidth() * png.getHeight() * 99 / 100);
        assertThat(legendOrange).as("the legend's orange swatch in the picture").isPositive();
    }

    @Test
    void theLegendShouldNameTheFakesOfAFixedGeneratorAsNoisyRealData(FxRobot robot) {
        ganexplorer.ui.Texts.setLanguage(ganexplorer.ui.Language.EN);
        show(robot, snapshot(1, ring(50, 0, 0, 0.5)));
        assertThat(legendTexts(robot)).contains("generated, G(z)");
        ganexplorer.train.TrainingConfig fixed = ganexplorer.train.Presets.byName("clip-weights").config();
        assertThat(fixed.generator()).isInstanceOf(ganexplorer.train.GeneratorMode.FixedNoise.class);
        Snapshot s = snapshot(2, ring(50, 0, 0, 0.5));
        show(robot, new Snapshot(2, 100, RunState.RUNNING, fixed, null, null, List.of(), List.of(), List.of(), null,
                s.pictures(), null, 0));
        assertThat(legendTexts(robot)).contains("fakes: real data + noise (no G)").doesNotContain("generated, G(z)");
    }

    private List<String> legendTexts(FxRobot robot) {
        java.util.concurrent.atomic.AtomicReference<List<String>> texts = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> texts.set(plane.lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList()));
        return texts.get();
    }
}
