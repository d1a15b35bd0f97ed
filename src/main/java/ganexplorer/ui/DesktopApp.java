package ganexplorer.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The desktop app. The window shows at once; ND4J loads on the trainer thread behind a "starting" status, and the
 * default (or last used) preset starts training by itself, so a newcomer sees something move without a click.
 */
public final class DesktopApp extends Application {
    private TrainerLink link;
    private SettingsStore settings;
    private MainWindow window;
    private Stage stage;

    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        // Show a window at once; the full window (charts and all) is built on the next pulse, and ND4J loads on the
        // trainer thread after that, so the first thing a user sees never waits for either.
        settings = new SettingsStore(System.getProperty("ganexplorer.settings", "ganexplorer"));
        Language asked = settings.language();
        // listing the fonts costs time before the first frame: only Chinese needs it
        LanguageChoice language = LanguageChoice.of(asked,
                asked == Language.ZH_CN ? javafx.scene.text.Font.getFamilies() : java.util.List.of());
        Texts.apply(language);
        Label starting = new Label(Texts.get("app.starting"));
        starting.setStyle("-fx-font-size: 16px; -fx-text-fill: #555555;");
        if (Texts.fontFamily() != null) {
            starting.setStyle(starting.getStyle() + " -fx-font-family: \"" + Texts.fontFamily() + "\";");
        }
        stage.setTitle(Texts.get("app.title"));
        stage.setScene(new Scene(new StackPane(starting)));
        settings.restoreWindow(stage);
        stage.show();
        long shown = System.currentTimeMillis();
        Platform.runLater(() -> {
            link = new TrainerLink(settings.initialConfig());
            window = new MainWindow(stage, link, settings);
            window.onReplaced(w -> window = w); // a language switch builds the content anew around the same link
            if (language.notice() != null) {
                window.announce(ganexplorer.train.Notice.Severity.WARNING, language.notice()); // once, at start
            }
            stage.setScene(window.scene());
            link.start();
            playLessonIfAsked();
            // a file named on the command line (a double-click in the file manager): opened as File → Open opens it
            getParameters().getRaw().stream().findFirst().ifPresent(f -> window.open(java.nio.file.Path.of(f)));
            if (Boolean.getBoolean("ganexplorer.about")) { // screenshots: About once training runs (ND4J, its BLAS, loaded)
                link.snapshotProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends ganexplorer.train.Snapshot> o,
                                        ganexplorer.train.Snapshot was, ganexplorer.train.Snapshot now) {
                        if (now != null && now.step() > 0) {
                            o.removeListener(this);
                            Platform.runLater(window::showAbout);
                        }
                    }
                });
            }
            reportTimingsIfAsked(shown);
        });
    }

    /** -Dganexplorer.lesson=NAME (a shipped lesson) or =FILE.json opens that lesson at start (demos, screenshots). */
    private void playLessonIfAsked() {
        String asked = System.getProperty("ganexplorer.lesson");
        if (asked == null || asked.isBlank()) {
            return;
        }
        try {
            window.playLesson(asked.endsWith(".json") ? ganexplorer.lesson.Lesson.read(java.nio.file.Path.of(asked))
                    : ganexplorer.lesson.Lesson.builtIn(asked));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            window.announce(ganexplorer.train.Notice.Severity.ERROR, Texts.format("lesson.notice.failed", e.getMessage()));
        }
    }

    /**
     * With -Dganexplorer.report=SECONDS, prints start-up times and frame-gap percentiles after that many seconds of
     * training: the figures behind "the window shows within 2 s" and "the UI keeps 60 fps". With
     * -Dganexplorer.quitAfterReport=true the app then closes (start-up measurements, the package's CDS archive).
     */
    private void reportTimingsIfAsked(long shownMillis) {
        long seconds = Long.getLong("ganexplorer.report", 0);
        if (seconds <= 0) {
            return;
        }
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long[] firstStep = {0};
        link.addView(s -> {
            if (firstStep[0] == 0 && s.step() > 0) {
                firstStep[0] = System.currentTimeMillis();
                link.frameStats().reset(); // measure smoothness while training runs
                link.updateStats().reset();
            }
        });
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(seconds));
        wait.setOnFinished(e -> {
            FrameStats f = link.frameStats();
            System.out.printf(java.util.Locale.ROOT, "REPORT window_shown_ms=%d first_step_ms=%d frames=%d "
                            + "gap_p50_ms=%.1f gap_p99_ms=%.1f gap_max_ms=%.1f update_p99_ms=%.1f update_max_ms=%.1f steps=%d%n",
                    shownMillis - jvmStart, firstStep[0] == 0 ? -1 : firstStep[0] - jvmStart, f.frames(),
                    f.percentileMillis(50), f.percentileMillis(99), f.percentileMillis(100),
                    link.updateStats().percentileMillis(99), link.updateStats().percentileMillis(100),
                    link.snapshotProperty().get() == null ? 0 : link.snapshotProperty().get().step());
            if (Boolean.getBoolean("ganexplorer.quitAfterReport")) {
                Platform.exit();
            }
        });
        wait.play();
    }

    @Override
    public void stop() {
        if (stage != null) {
            settings.saveWindow(stage);
        }
        if (window != null) {
            settings.saveRun(window.controls().presetName(), window.controls().config(),
                    link.snapshotProperty().get() == null ? window.controls().config().objective()
                            : link.snapshotProperty().get().objective().id());
        }
        if (window != null) {
            window.stop();
        }
        if (link != null) {
            link.stop();
        }
    }
}
