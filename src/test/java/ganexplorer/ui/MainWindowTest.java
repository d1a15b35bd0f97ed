package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import java.util.concurrent.TimeUnit;
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
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless (Monocle): training advances, pause, step, swap with a marker, painting points. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private TrainerLink link;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        SettingsStore settings = new SettingsStore("ganexplorer-test");
        settings.clear();
        link = new TrainerLink(settings.initialConfig());
        window = new MainWindow(stage, link, settings);
        stage.setScene(window.scene());
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.show();
        link.start();
    }

    @AfterEach
    void stop() {
        link.stop();
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
        Snapshot s = link.snapshotProperty().get();
        throw new AssertionError("not reached; last: " + (s == null ? "none" : s.step() + " " + s.state() + " " + s.message()));
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
            if (condition.getAsBoolean()) {
                return;
            }
            sleep(20);
        }
        throw new AssertionError(what);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        Snapshot swapped = await(s -> s.objective().equals("least-squares"));
        assertThat(swapped.events()).hasSize(1);
        robot.type(KeyCode.SPACE);
        await(s -> s.state() == RunState.RUNNING && s.history().size() > 0
                && s.history().get(s.history().size() - 1).step() > swapped.events().get(0).step());
        awaitTrue(() -> window.charts().markerCount() == 1, "a swap marker on the charts");
        assertThat(window.charts().pointCount()).isPositive();
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
        assertThat(s.real()).isNotEmpty();
        assertThat(s.bounds().minX()).isLessThan(s.bounds().maxX());
    }
}
