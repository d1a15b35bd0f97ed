package ganexplorer.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop app. The window shows at once; ND4J loads on the trainer thread behind a "starting" status, and the
 * default (or last used) preset starts training by itself, so a newcomer sees something move without a click.
 */
public final class DesktopApp extends Application {
    private TrainerLink link;
    private SettingsStore settings;
    private MainWindow window;

    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        settings = new SettingsStore(System.getProperty("ganexplorer.settings", "ganexplorer"));
        link = new TrainerLink(settings.initialConfig());
        window = new MainWindow(stage, link, settings);
        stage.setTitle("GAN Explorer");
        stage.setScene(window.scene());
        settings.restoreWindow(stage);
        stage.show();
        link.start();
    }

    @Override
    public void stop() {
        if (window != null) {
            settings.saveRun(window.controls().presetName(), window.controls().config(),
                    link.snapshotProperty().get() == null ? window.controls().config().objective()
                            : link.snapshotProperty().get().objective());
        }
        if (link != null) {
            link.stop();
        }
    }
}
