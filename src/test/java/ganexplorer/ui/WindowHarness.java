package ganexplorer.ui;

import ganexplorer.train.Snapshot;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a headless stage, with waits on its snapshots, for window tests. */
final class WindowHarness {
    final TrainerLink link;
    /** The window now: a language switch replaces it with one built around the same link. */
    volatile MainWindow window;

    WindowHarness(Stage stage, Path home, double width, double height) {
        System.setProperty("ganexplorer.home", home.toString());
        SettingsStore settings = new SettingsStore("ganexplorer-test");
        settings.clear();
        link = new TrainerLink(settings.initialConfig());
        window = new MainWindow(stage, link, settings);
        window.onReplaced(w -> window = w);
        stage.setScene(window.scene());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        link.start();
    }

    /**
     * Stops the window and the link on the FX thread: JavaFX's pulse loop throws a NullPointerException when an
     * AnimationTimer or Timeline is stopped from another thread while a pulse runs (the test thread did so).
     */
    void stop() {
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                window.stop();
                link.stop();
            }).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the window did not stop", e);
        }
    }

    Snapshot await(Predicate<Snapshot> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
            Snapshot s = link.snapshotProperty().get();
            if (s != null && condition.test(s)) {
                return s;
            }
            sleep(10);
        }
        Snapshot s = link.snapshotProperty().get();
        throw new AssertionError("not reached; last: " + (s == null ? "none" : s.step() + " " + s.state() + " " + s.message()));
    }

    void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
            if (condition.getAsBoolean()) {
                return;
            }
            sleep(10);
        }
        throw new AssertionError(what);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
