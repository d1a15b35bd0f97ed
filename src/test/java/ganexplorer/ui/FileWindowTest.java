package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Files in the real window: a corrupt file is a notice and the running experiment goes on as the same experiment; the
 * experiment saved from the run opens as a new experiment with its seed; Help → About shows the build's facts.
 */
@ExtendWith(ApplicationExtension.class)
class FileWindowTest {
    @org.junit.jupiter.api.io.TempDir
    static Path home;
    private WindowHarness h;

    @Start
    void start(Stage stage) {
        h = new WindowHarness(stage, home, 1280, 720);
    }

    @AfterEach
    void stop() {
        h.stop();
    }

    @Test
    void aCorruptFileShouldLeaveTheRunAloneAndASavedOneShouldOpenAsANewExperiment(FxRobot robot) throws Exception {
        Snapshot running = h.await(s -> s.state() == RunState.RUNNING && s.step() > 10);
        long experiment = running.experiment();

        Path saved = home.resolve("saved.ganx");
        AtomicBoolean wrote = new AtomicBoolean();
        robot.interact(() -> wrote.set(h.window.saveExperiment(running, h.window.controls().presetName(), saved)));
        assertThat(wrote).isTrue();
        assertThat(h.window.noticeText()).startsWith("Experiment saved in").contains("saved.ganx");

        Path corrupt = Files.writeString(home.resolve("corrupt.ganx"), "{\"format\": 1, \"name\": \"x\", \"exper");
        AtomicBoolean opened = new AtomicBoolean(true);
        robot.interact(() -> opened.set(h.window.open(corrupt)));
        assertThat(opened).isFalse();
        assertThat(h.window.noticeText()).startsWith("corrupt.ganx is damaged")
                .endsWith("The running experiment goes on as it was.");
        h.awaitTrue(() -> h.window.statusText().contains("corrupt.ganx is damaged"), "the notice in the status line");
        long before = h.link.snapshotProperty().get().step();
        Snapshot later = h.await(s -> s.step() > before + 10);
        assertThat(later.experiment()).as("the same experiment trains on").isEqualTo(experiment);
        assertThat(later.state()).isEqualTo(RunState.RUNNING);

        Path png = home.resolve("picture.ganx");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        robot.interact(() -> opened.set(h.window.open(png)));
        assertThat(opened).isFalse();
        assertThat(h.window.noticeText()).contains("not a GAN Explorer file");
        assertThat(h.link.snapshotProperty().get().experiment()).isEqualTo(experiment);

        robot.interact(() -> opened.set(h.window.open(saved)));
        assertThat(opened).isTrue();
        Snapshot reopened = h.await(s -> s.experiment() != experiment);
        assertThat(reopened.config().seed()).isEqualTo(running.config().seed());
        assertThat(reopened.config().withSwaps(null)).isEqualTo(running.config().withSwaps(null));
        assertThat(h.window.noticeText()).isEqualTo("Opened saved.ganx: its experiment starts.");
    }

    @Test
    void aCheckpointShouldResumeItsRunFromItsStepWithItsHistory(FxRobot robot) throws Exception {
        Snapshot running = h.await(s -> s.state() == RunState.RUNNING && !s.history().isEmpty());
        Path run = home.resolve("run");
        h.link.send(new ganexplorer.train.Command.SaveCheckpoint(run));
        h.awaitTrue(() -> Files.isRegularFile(run.resolve("checkpoint.json")), "the checkpoint written");
        ganexplorer.train.Checkpoint saved = ganexplorer.train.Checkpoint.load(run);
        long experiment = h.link.snapshotProperty().get().experiment();
        AtomicBoolean opened = new AtomicBoolean();
        robot.interact(() -> opened.set(h.window.open(run))); // the run folder, as the CLI wrote it
        assertThat(opened).isTrue();
        Snapshot resumed = h.await(s -> s.experiment() != experiment);
        assertThat(resumed.step()).isGreaterThanOrEqualTo(saved.state().step());
        assertThat(resumed.history()).as("the saved history carries over").hasSizeGreaterThanOrEqualTo(saved.history().size());
        assertThat(resumed.history().get(0).step()).isEqualTo(saved.history().get(0).step());
        assertThat(running.experiment()).isEqualTo(experiment);
        assertThat(h.window.noticeText()).startsWith("Opened run: training goes on from step " + saved.state().step());
    }

    @Test
    void aLessonFileShouldPlayInTheWindowsLessonPlayer(FxRobot robot) throws Exception {
        Snapshot running = h.await(s -> s.step() > 0);
        Path lesson = home.resolve("oscillate.ganx");
        try (var in = getClass().getResourceAsStream("/ganexplorer/lessons/why-gans-oscillate.json")) {
            Files.copy(in, lesson, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        AtomicBoolean opened = new AtomicBoolean();
        robot.interact(() -> opened.set(h.window.open(lesson)));
        assertThat(opened).isTrue();
        assertThat(h.window.lesson()).as("the player holds the opened lesson").isNotNull();
        assertThat(h.window.lesson().index()).isZero();
        Snapshot first = h.await(s -> s.experiment() != running.experiment());
        assertThat(first.config().architecture()).as("its first step, the Dirac GAN")
                .isInstanceOf(ganexplorer.model.DiracGan.class);
        robot.interact(() -> h.window.closeLesson());
    }

    @Test
    void aPresetShouldBringForwardTheViewsItsFileNames(FxRobot robot) {
        h.await(s -> s.step() > 0);
        assertThat(h.window.rightTabIndex()).as("ring-wgan-gp opens no view: the charts").isZero();
        robot.interact(() -> h.window.controls().loadPreset(ganexplorer.train.Presets.byName("clip-weights")));
        h.awaitTrue(() -> h.window.rightTabIndex() == 2, "clip-weights brings its critic weights forward");
    }

    @Test
    void theMenusShouldKeepFilePresetsViewAndAddHelpWithAbout(FxRobot robot) {
        h.await(s -> s.step() > 0);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("File", "Presets", "View", "Lessons", "Help");
        assertThat(bar.getMenus().get(0).getItems()).extracting(i -> i.getText() == null ? "" : i.getText())
                .startsWith("Open…", "Open recent", "Save experiment…");
        AtomicReference<String> shown = new AtomicReference<>();
        robot.interact(() -> {
            h.window.showAbout();
            shown.set(h.window.aboutDialog().getDialogPane().getContent().lookupAll(".text-field").stream()
                    .map(n -> ((javafx.scene.control.TextField) n).getText()).toList().toString());
        });
        AboutFacts facts = AboutFacts.current("ganexplorer-test");
        assertThat(h.window.aboutDialog().getDialogPane().getButtonTypes()).extracting(b -> b.getText())
                .containsExactly("Close");
        assertThat(shown.get()).contains(facts.version(), facts.commit(), facts.exports().toString(),
                System.getProperty("java.version"));
        assertThat(facts.javafx()).as("the JavaFX runtime names its version").isNotEqualTo("unknown");
        robot.interact(() -> h.window.aboutDialog().close());
    }
}
