package ganexplorer.ui;

import ganexplorer.train.Presets;
import ganexplorer.train.Snapshot;
import ganexplorer.train.Trainer;
import ganexplorer.train.TrainerOptions;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The desktop window. A first cut: it shows at once, starts ND4J and the default preset off the FX thread, and
 * reports training progress from snapshots; the full UI (charts, latent grid, readout, toy plane) is its own issue.
 */
public final class DesktopApp extends Application {
    private Trainer trainer;

    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label status = new Label("Starting the numeric engine (ND4J)…");
        BorderPane root = new BorderPane(status);
        root.setPadding(new Insets(24));
        stage.setTitle("GAN Explorer");
        stage.setScene(new Scene(root, 900, 600));
        stage.show();

        Thread boot = new Thread(() -> {
            Trainer t = new Trainer(Presets.byName("ring-wgan-gp").config(), TrainerOptions.interactive(1));
            t.start();
            Platform.runLater(() -> trainer = t);
        }, "gan-boot");
        boot.setDaemon(true);
        boot.start();

        new AnimationTimer() {
            @Override
            public void handle(long now) {
                Snapshot s = trainer == null ? null : trainer.latest();
                if (s != null) {
                    status.setText(String.format("ring-wgan-gp: step %d, %s, %.0f steps/s", s.step(), s.objective(),
                            s.stepsPerSecond()));
                }
            }
        }.start();
    }

    @Override
    public void stop() {
        if (trainer != null) {
            trainer.close();
        }
    }
}
