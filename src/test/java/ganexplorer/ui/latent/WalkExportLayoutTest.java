package ganexplorer.ui.latent;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import ganexplorer.ui.AppPaths;
import ganexplorer.ui.MainWindow;
import ganexplorer.ui.SettingsStore;
import ganexplorer.ui.TrainerLink;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finding 2: exporting a walk (and then Ctrl+E) broke the window's layout until restart. The real window, started as
 * DesktopApp starts it, goes through the reported steps; the layout must not move and the files must show the grid.
 */
@ExtendWith(ApplicationExtension.class)
class WalkExportLayoutTest {
    private TrainerLink link;
    private MainWindow window;

    @org.junit.jupiter.api.io.TempDir
    static Path home;

    @Start
    void start(Stage stage) {
        System.setProperty("ganexplorer.home", home.resolve("GAN Explorer").toString());
        SettingsStore settings = new SettingsStore("ganexplorer-test");
        settings.clear();
        // As DesktopApp: a placeholder is shown first and the window's scene is set on the showing, sized stage.
        // JavaFX never sizes a scene set that way, and the first Node.snapshot() then laid the scene out at its
        // preferred size (~2,000 px tall), which is what broke the layout.
        stage.setScene(new Scene(new StackPane(new Label("Starting GAN Explorer…"))));
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.show();
        link = new TrainerLink(settings.initialConfig());
        window = new MainWindow(stage, link, settings);
        stage.setScene(window.scene());
        link.start();
    }

    @AfterEach
    void stop() throws Exception {
        // on the FX thread: stopping the window's timers from another one races JavaFX's pulse loop
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            window.stop();
            link.stop();
        }).get(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void exportingAWalkShouldNeitherMoveTheLayoutNorSaveABlankPicture(FxRobot robot) throws Exception {
        await(s -> s.step() > 50);
        awaitTrue(() -> window.charts().pointCount() > 2, "points on the losses chart");
        Node losses = window.charts().getChildren().get(1);
        Point2D c = robot.point(losses).query();
        robot.moveTo(c.add(-80, -10)).press(MouseButton.PRIMARY).moveTo(c.add(60, 25)).release(MouseButton.PRIMARY); // drag-zoom

        robot.interact(() -> window.showLatentTab());
        LatentModel model = window.latent().model();
        awaitTrue(() -> model.frameProperty().get() != null, "a grid drawn");
        Map<String, Bounds> before = layout(robot);
        assertThat(before.get("status bar").getMaxY()).as("the status bar is in the window").isLessThanOrEqualTo(900.5);

        robot.clickOn("Save point");
        robot.clickOn("Save point");
        assertThat(window.latent().walkMessage()).isEqualTo("Anchor 2: the slider point.");
        clickNear(robot, 0, 0, 0);
        assertThat(window.latent().walkMessage()).startsWith("Anchor 3 from grid cell (");
        clickNear(robot, LatentGrid.SIDE * LatentGrid.SIDE - 1, 9, 7); // beside a dot, not on it, still picks it
        assertThat(window.latent().walkMessage()).startsWith("Anchor 4 from grid cell (");
        clickFarFromEveryDot(robot);
        assertThat(window.latent().walkMessage()).startsWith("Click closer to a dot: the nearest is ");
        assertThat(model.walk().anchorCountProperty().get()).isEqualTo(4);

        robot.clickOn("Play walk");
        awaitTrue(() -> window.latent().walkMessage().startsWith("Played the walk"), "the walk played");
        assertThat(layout(robot)).as("after Play walk").isEqualTo(before);
        robot.clickOn("Export walk");
        awaitTrue(() -> window.latent().walkMessage().startsWith("Saved "), "the walk saved");
        assertThat(layout(robot)).as("after Export walk").isEqualTo(before);
        Path exports = AppPaths.exports();
        assertThat(window.latent().walkMessage()).contains(exports.toString());
        BufferedImage strip = ImageIO.read(newest(exports, ".png").toFile());
        assertThat(strip.getHeight()).isEqualTo(WalkExport.FRAME_SIZE);
        assertThat(strip.getWidth()).isEqualTo(8 * WalkExport.FRAME_SIZE);
        assertDrawn(strip, "the walk strip");
        List<BufferedImage> gif = gifFrames(newest(exports, ".gif"));
        assertThat(gif).hasSize(3 * Walk.FRAMES_PER_LEG + 1);
        assertDrawn(gif.get(0), "the first GIF frame");

        // Paused, the grid on screen stays the walk's last frame: the GIF's last frame must be that picture.
        robot.interact(() -> window.controls().toggleRun());
        await(s -> s.state() == RunState.PAUSED);
        robot.clickOn("Export walk");
        awaitTrue(() -> window.latent().walkMessage().startsWith("Saved ") && gifCount(exports) == 2, "the second walk saved");
        GridFrame shown = model.frameProperty().get();
        BufferedImage[] onScreen = new BufferedImage[1];
        robot.interact(() -> onScreen[0] = WalkExport.thumbnail(LatentGridPainter.render(shown, 400), WalkExport.FRAME_SIZE));
        List<BufferedImage> second = gifFrames(newest(exports, ".gif"));
        assertThat(meanDifference(second.get(second.size() - 1), onScreen[0])).as("the last GIF frame against the grid on screen")
                .isLessThan(6);
        assertThat(layout(robot)).as("after the second export").isEqualTo(before);

        // Ctrl+E on the data tab saves a picture of the plane at the plane's size.
        robot.interact(() -> window.scene().getRoot().requestFocus());
        robot.interact(() -> ((javafx.scene.control.TabPane) window.scene().lookup(".tab-pane")).getSelectionModel().select(0));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        awaitTrue(() -> listing(exports).stream().anyMatch(n -> n.startsWith("plane-")), "a picture of the plane");
        Map<String, Bounds> afterPlane = layout(robot);
        assertThat(afterPlane).as("after Ctrl+E").isEqualTo(before);
        BufferedImage plane = ImageIO.read(newest(exports, ".png").toFile());
        Bounds planeBounds = afterPlane.get("plane");
        assertThat(plane.getHeight()).isEqualTo((int) Math.ceil(planeBounds.getHeight()));
        assertThat(plane.getWidth()).isEqualTo((int) Math.ceil(planeBounds.getWidth()));
        assertDrawn(plane, "the plane picture");
    }

    /** Where the window's parts are, in scene coordinates (no snapshot: taking one is what broke the layout). */
    private Map<String, Bounds> layout(FxRobot robot) {
        Map<String, Bounds> out = new LinkedHashMap<>();
        robot.interact(() -> {
            Scene s = window.scene();
            out.put("scene", new BoundingBox(0, 0, s.getWidth(), s.getHeight()));
            out.put("charts column", inScene(window.charts().getParent()));
            for (int i = 1; i < window.charts().getChildren().size(); i++) {
                out.put("chart " + i, inScene(window.charts().getChildren().get(i)));
            }
            out.put("status bar", inScene(s.lookup(".status-bar")));
            out.put("tabs", inScene(s.lookup(".tab-pane")));
            out.put("plane", inScene(window.plane()));
            out.put("latent grid", inScene(window.latent().outputsCanvas()));
        });
        return out;
    }

    private static Bounds inScene(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        return new BoundingBox(Math.round(b.getMinX()), Math.round(b.getMinY()), Math.round(b.getWidth()), Math.round(b.getHeight()));
    }

    /** Clicks (dx, dy) from where the grid draws {@code cell}'s dot now. */
    private void clickNear(FxRobot robot, int cell, double dx, double dy) {
        Canvas grid = window.latent().outputsCanvas();
        Point2D[] at = new Point2D[1];
        robot.interact(() -> {
            double[] p = GridGeometry.centre(window.latent().model().frameProperty().get(), cell, grid.getWidth());
            at[0] = grid.localToScreen(p[0] + dx, p[1] + dy);
        });
        robot.clickOn(at[0], MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the canvas point farthest from every dot (the corners of the data's box are empty on ring8). */
    private void clickFarFromEveryDot(FxRobot robot) {
        Canvas grid = window.latent().outputsCanvas();
        Point2D[] at = new Point2D[1];
        robot.interact(() -> {
            GridFrame f = window.latent().model().frameProperty().get();
            double size = grid.getWidth();
            double best = -1;
            for (double x = 10; x < size - 10; x += 10) {
                for (double y = 30; y < size - 10; y += 10) {
                    double d = GridGeometry.pick(f, size, x, y).distance();
                    if (d > best) {
                        best = d;
                        at[0] = grid.localToScreen(x, y);
                    }
                }
            }
            assertThat(best).as("a point far from every dot").isGreaterThan(GridGeometry.PICK_RADIUS + 10);
        });
        robot.clickOn(at[0], MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Not blank: many pixels away from the grid's background, in many colours. */
    private static void assertDrawn(BufferedImage img, String what) {
        int w = img.getWidth();
        int h = img.getHeight();
        long drawn = 0;
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (Math.abs(r - 250) + Math.abs(g - 250) + Math.abs(b - 250) > 30) {
                    drawn++;
                }
            }
        }
        assertThat(drawn).as(what + ": pixels drawn").isGreaterThan((long) w * h / 40);
        assertThat(colours.size()).as(what + ": colours").isGreaterThan(20);
    }

    /** Mean absolute difference per channel (0-255) of two pictures of the same size. */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((p >> shift & 0xff) - (q >> shift & 0xff));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    private static List<BufferedImage> gifFrames(Path gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            List<BufferedImage> frames = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                frames.add(reader.read(i));
            }
            return frames;
        }
    }

    private static long gifCount(Path dir) {
        return listing(dir).stream().filter(n -> n.endsWith(".gif")).count();
    }

    private static Path newest(Path dir, String suffix) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix))
                    .max(java.util.Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
        }
    }

    private static List<String> listing(Path dir) {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private Snapshot await(Predicate<Snapshot> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
            Snapshot s = link.snapshotProperty().get();
            if (s != null && condition.test(s)) {
                return s;
            }
            sleep(20);
        }
        throw new AssertionError("not reached; last: " + link.snapshotProperty().get());
    }

    private void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
            if (condition.getAsBoolean()) {
                return;
            }
            sleep(20);
        }
        throw new AssertionError(what + " (latent panel says: " + window.latent().walkMessage() + "; inference: "
                + window.latent().inferenceStatus() + ")");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
