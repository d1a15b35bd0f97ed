package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.train.RunState;
import ganexplorer.train.PlanePictures;
import ganexplorer.train.Snapshot;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window, headless (Monocle): training advances, pause, step, swap with a marker, painting points. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private WindowHarness h;
    private TrainerLink link;
    private MainWindow window;

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path home;

    @Start
    void start(Stage stage) {
        h = new WindowHarness(stage, home, 1400, 900);
        link = h.link;
        window = h.window;
    }

    @AfterEach
    void stop() {
        h.stop();
    }

    private Snapshot await(Predicate<Snapshot> condition) {
        return h.await(condition);
    }

    private void awaitTrue(BooleanSupplier condition, String what) {
        h.awaitTrue(condition, what + " (latent panel says: " + window.latent().walkMessage() + "; inference: "
                + window.latent().inferenceStatus() + ")");
    }

    private static void sleep(long ms) {
        WindowHarness.sleep(ms);
    }

    @Test
    void shouldTrainPauseStepAndSwapWithAMarker(FxRobot robot) {
        Snapshot first = await(s -> s.state() == RunState.RUNNING && s.step() > 0);
        await(s -> s.step() > first.step() + 20);

        robot.clickOn(robot.lookup(".app").queryAs(javafx.scene.Node.class)); // focus the window, not a text field
        robot.type(KeyCode.SPACE);
        Snapshot paused = await(s -> s.state() == RunState.PAUSED);
        sleep(300);
        long at = link.snapshotProperty().get().step();
        sleep(300);
        assertThat(link.snapshotProperty().get().step()).as("paused training stays put").isEqualTo(at);

        robot.type(KeyCode.S);
        await(s -> s.step() == at + 1);
        assertThat(paused.state()).isEqualTo(RunState.PAUSED);

        robot.type(KeyCode.DIGIT3); // least-squares
        Snapshot swapped = await(s -> s.objective().id().equals("least-squares"));
        assertThat(swapped.events()).hasSize(1);
        robot.type(KeyCode.SPACE);
        await(s -> s.state() == RunState.RUNNING && s.history().size() > 0
                && s.history().get(s.history().size() - 1).step() > swapped.events().get(0).step());
        awaitTrue(() -> window.charts().markerCount() == 1, "a swap marker on the charts");
        assertThat(window.charts().pointCount()).isPositive();
    }

    @Test
    void shouldRedrawTheLatentGridWhenASliderMoves(FxRobot robot) {
        await(s -> s.step() > 10);
        robot.interact(() -> window.showLatentTab());
        robot.clickOn(robot.lookup(".latent-panel").queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.SPACE);
        Snapshot paused = await(s -> s.state() == RunState.PAUSED);
        sleep(500); // let the last request for the paused weights finish
        int[] before = pixels(robot);
        sleep(300);
        assertThat(pixels(robot)).as("nothing changes while paused and untouched").containsExactly(before);

        javafx.scene.control.Slider z0 = window.latent().sliders().get(0);
        robot.interact(() -> z0.setValue(z0.getValue() + 1.5));
        awaitTrue(() -> !java.util.Arrays.equals(pixels(robot), before), "the latent grid redrawn after the slider moved");
        assertThat(link.snapshotProperty().get().step()).isEqualTo(paused.step());

        // A walk between two saved points, exported as a strip and a GIF.
        // The walk's buttons are fired directly: the headless robot's clicks did not reach this bottom bar.
        robot.interact(() -> button(robot, "Save point").fire());
        robot.interact(() -> z0.setValue(z0.getValue() - 2));
        robot.interact(() -> button(robot, "Save point").fire());
        robot.interact(() -> button(robot, "Export walk").fire());
        assertThat(window.latent().walkMessage()).isEqualTo("Recording the walk…");
        awaitTrue(() -> !window.latent().walking(), "the walk finished");
        java.nio.file.Path exports = AppPaths.exports();
        awaitTrue(() -> listing(exports).stream().anyMatch(n -> n.endsWith(".gif"))
                && listing(exports).stream().anyMatch(n -> n.endsWith(".png")), "walk files in " + exports);
        assertThat(window.latent().walkMessage()).startsWith("Saved ");
    }

    private static javafx.scene.control.Button button(FxRobot robot, String text) {
        return robot.lookup(text).queryButton();
    }

    private static java.util.List<String> listing(java.nio.file.Path dir) {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (java.io.IOException e) {
            return java.util.List.of();
        }
    }

    private int[] pixels(FxRobot robot) {
        return canvasPixels(robot, window.latent().outputsCanvas());
    }

    @Test
    void shouldPaintPointsOnThePlaneAndTrainOnThem(FxRobot robot) {
        await(s -> s.step() > 0);
        robot.clickOn("Draw");
        Point2D centre = robot.point(window.plane()).query();
        robot.moveTo(centre.add(-60, 0)).press(MouseButton.PRIMARY).moveTo(centre.add(60, 40)).release(MouseButton.PRIMARY);
        robot.clickOn(centre.add(-40, -80), MouseButton.PRIMARY);
        awaitTrue(() -> window.plane().drawnPoints().size() >= 3, "painted points");
        robot.clickOn("Train on drawing");
        Snapshot s = await(x -> x.dataset().equals("points") && x.step() > 5);
        PlanePictures plane = (PlanePictures) s.pictures();
        assertThat(plane.real()).isNotEmpty();
        assertThat(plane.bounds().minX()).isLessThan(plane.bounds().maxX());
    }

    @Test
    void shouldShowDigitsAsImagesInTheSamplesTabAndTheLatentGrid(FxRobot robot) {
        await(s -> s.step() > 0);
        robot.interact(() -> window.controls().loadPreset(ganexplorer.train.Presets.byName("digits-mlp")));
        Snapshot digits = await(s -> s.images() && s.step() > 20);
        assertThat(digits.dataset()).isEqualTo("digits");
        awaitTrue(() -> distinctColours(canvasPixels(robot, window.gallery().generatedCanvas())) > 20,
                "generated digits drawn in the samples tab");

        robot.interact(() -> window.showLatentTab());
        robot.interact(() -> window.controls().toggleRun());
        await(s -> s.state() == RunState.PAUSED);
        sleep(500);
        int[] before = pixels(robot);
        assertThat(distinctColours(before)).as("a mosaic of generated images").isGreaterThan(20);
        javafx.scene.control.Slider z5 = window.latent().sliders().get(5);
        assertThat(window.latent().sliders()).hasSize(100);
        robot.interact(() -> z5.setValue(z5.getValue() > 0 ? -2.5 : 2.5));
        awaitTrue(() -> !java.util.Arrays.equals(pixels(robot), before), "the image grid redrawn after a slider moved");

        // clicking a cell of the grid makes its latent point a walk anchor
        javafx.scene.canvas.Canvas grid = window.latent().outputsCanvas();
        robot.interact(() -> {
            Point2D inScene = grid.localToScene(10, 10); // a fired event carries scene coordinates
            javafx.event.Event.fireEvent(grid, new javafx.scene.input.MouseEvent(
                    javafx.scene.input.MouseEvent.MOUSE_CLICKED, inScene.getX(), inScene.getY(), 0, 0, MouseButton.PRIMARY,
                    1, false, false, false, false, true, false, false, true, false, true, null));
        });
        assertThat(window.latent().walkMessage()).as(window.latent().inferenceStatus()).isEqualTo("Anchor 1 from grid cell (1, 1).");
    }

    @Test
    void theConditionalDcgansGridShouldDrawOneClassPerRowOrTheChosenOne(FxRobot robot) {
        await(s -> s.step() > 0);
        robot.interact(() -> window.controls().loadPreset(ganexplorer.train.Presets.byName("digits-dcgan")));
        Snapshot digits = await(s -> s.generator().classes() == 10 && s.step() > 5);
        assertThat(digits.generator().spec().inputs()).isEqualTo(110);
        robot.interact(() -> window.showLatentTab());
        robot.interact(() -> window.controls().toggleRun());
        await(s -> s.state() == RunState.PAUSED);
        assertThat(window.latent().sliders()).as("z only: the label is not a slider").hasSize(100);
        assertThat(window.latent().classChoice().isVisible()).isTrue();
        assertThat(window.latent().classChoice().getValue()).isEqualTo(-1);
        awaitTrue(() -> distinctColours(pixels(robot)) > 20, "a mosaic of generated images");
        sleep(500);
        int[] perRow = pixels(robot);
        robot.interact(() -> window.latent().classChoice().setValue(3));
        awaitTrue(() -> !java.util.Arrays.equals(pixels(robot), perRow), "the grid redrawn for class 3 alone");
    }

    @Test
    void aFileThatWillNotLoadShouldSayWhyAndKeepTraining(FxRobot robot) throws Exception {
        await(s -> s.step() > 0);
        java.nio.file.Path bad = java.nio.file.Files.write(home.resolve("broken-images-idx3-ubyte"), new byte[] {1, 2, 3});
        robot.interact(() -> window.controls().loadDataset(bad.toString()));
        awaitTrue(() -> window.controls().messageText().startsWith("Could not load"), "a message about the file");
        assertThat(window.controls().messageText()).contains("broken-images-idx3-ubyte");
        long before = link.snapshotProperty().get().step();
        Snapshot still = await(s -> s.step() > before + 5);
        assertThat(still.dataset()).as("the old experiment keeps training").isEqualTo("ring8");

        // the same through the dataset box: once refused, the box goes back to what trains
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> box = robot.lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.control.ComboBox<?> c && c.getTooltip() != null
                        && c.getTooltip().getText().startsWith("What G learns")).queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> box.setValue(bad.toString()));
        awaitTrue(() -> "ring8".equals(box.getValue()), "the dataset box back on ring8 after the refusal");
    }

    private static int[] canvasPixels(FxRobot robot, javafx.scene.canvas.Canvas canvas) {
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = canvas.snapshot(null, null));
        int w = (int) img[0].getWidth();
        int h = (int) img[0].getHeight();
        int[] px = new int[w * h];
        img[0].getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), px, 0, w);
        return px;
    }

    private static long distinctColours(int[] pixels) {
        return java.util.Arrays.stream(pixels).distinct().count();
    }
}
