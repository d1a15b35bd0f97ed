package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.lesson.Lesson;
import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import ganexplorer.train.VectorFieldPictures;
import ganexplorer.ui.lesson.LessonPanel;
import ganexplorer.ui.lesson.LessonPlayerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lesson driving the real window at 1280x720: Lessons → Why GANs oscillate starts its first step's experiment,
 * whose pause cue stops training exactly at its step; Next starts the next experiment with its own narration; the
 * player survives a switch to Chinese.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class LessonWindowTest {
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path home;

    private WindowHarness h;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Texts.apply(LanguageChoice.of(Language.EN, List.of()));
        h = new WindowHarness(stage, home, 1280, 720);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> h.stop()).get(20, TimeUnit.SECONDS);
        Texts.apply(LanguageChoice.of(Language.EN, List.of()));
        new SettingsStore("ganexplorer-test").clear();
    }

    @Test
    void aLessonShouldPauseAtItsCueAndMoveOnToTheNextExperiment(FxRobot robot) throws Exception {
        Snapshot before = h.await(s -> s.step() > 0);
        MenuBar bar = (MenuBar) ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getTop();
        assertThat(bar.getMenus()).extracting(javafx.scene.control.Menu::getText)
                .containsExactly("File", "Presets", "View", "Lessons", "Help");
        robot.interact(() -> {
            for (MenuItem i : bar.getMenus().get(3).getItems()) {
                if ("lesson-why-gans-oscillate".equals(i.getId())) {
                    i.fire();
                }
            }
        });
        LessonPlayerModel model = h.window.lesson();
        assertThat(model).as("the menu item started the lesson").isNotNull();
        LessonPanel panel = h.window.lessonPanel();
        assertThat(panel.titleText()).isEqualTo("Why GANs oscillate");
        assertThat(panel.counterText()).isEqualTo("Step 1 of 4");
        assertThat(panel.stepTitleText()).isEqualTo("Simultaneous updates spiral outwards");
        assertThat(panel.narrationText()).startsWith("Both players take their gradient step");
        assertThat(panel.previousButton().isDisabled()).isTrue();

        // the Dirac GAN trains at its watching pace (40 steps a second): the pause at 500 comes after ~12 s
        Snapshot paused = h.await(s -> s.experiment() != before.experiment() && s.state() == RunState.PAUSED);
        assertThat(paused.pictures()).isInstanceOf(VectorFieldPictures.class);
        assertThat(paused.config()).isEqualTo(Lesson.builtIn("why-gans-oscillate").steps().get(0).config());
        assertThat(paused.step()).as("paused exactly at the cue's step").isEqualTo(500);
        h.awaitTrue(() -> model.fired(2), "the pause cue fired");
        assertThat(h.window.statusText()).contains("paused at step 500");
        assertThat(panel.saidText()).as("the say cue at 250").startsWith("The distance from the equilibrium");
        assertThat(h.window.dataView()).as("the show cue: the game plane").isSameAs(h.window.field());
        WindowHarness.sleep(300);
        assertThat(h.link.snapshotProperty().get().step()).as("stays paused").isEqualTo(500);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> WindowTruthTest.collectCut(h.window.scene().getRoot(), cut));
        assertThat(cut).as("labels shown cut off at 1280x720").isEmpty();

        robot.interact(() -> panel.nextButton().fire());
        Snapshot second = h.await(s -> s.experiment() != paused.experiment() && s.state() == RunState.RUNNING
                && s.step() > 0);
        assertThat(second.config()).isEqualTo(Lesson.builtIn("why-gans-oscillate").steps().get(1).config());
        assertThat(h.window.controls().presetName()).isEqualTo("dirac-alternating");
        assertThat(panel.counterText()).isEqualTo("Step 2 of 4");
        assertThat(panel.narrationText()).startsWith("Now the discriminator steps first");
        assertThat(panel.saidText()).as("the sentence went with the step").isEmpty();
        assertThat(panel.previousButton().isDisabled()).isFalse();

        // the language switch rebuilds the window around the same player and the same experiment
        MainWindow english = h.window;
        robot.interact(() -> english.switchLanguage(Language.ZH_CN));
        h.awaitTrue(() -> h.window != english, "the window was rebuilt in Chinese");
        assertThat(h.window.lesson()).isSameAs(model);
        assertThat(h.window.lessonPanel().counterText()).isEqualTo("第 2 步,共 4 步");
        assertThat(h.window.lessonPanel().narrationText()).startsWith("现在鉴别器先走一步");
        assertThat(h.link.snapshotProperty().get().experiment()).as("no restart").isEqualTo(second.experiment());
        robot.interact(() -> h.window.lessonPanel().restartButton().fire()); // the new window plays the cues now
        Snapshot again = h.await(s -> s.experiment() > second.experiment() && s.step() > 0);
        h.awaitTrue(() -> h.window.lesson().fired(0), "the restarted step's show cue fired");
        assertThat(again.config()).isEqualTo(second.config());

        robot.interact(() -> h.window.lessonPanel().closeButton().fire());
        assertThat(h.window.lesson()).isNull();
        assertThat(h.window.lessonPanel()).isNull();
    }

    @Test
    void aTeachersOwnLessonShouldHighlightShowAndAnnounceTheSwapTheTrainerMakes(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir, FxRobot robot) throws Exception {
        java.nio.file.Path file = dir.resolve("mine.json");
        java.nio.file.Files.writeString(file, """
                {"format": 1, "name": "mine", "title": {"en": "My lesson", "zh_CN": "我的课程"},
                 "summary": {"en": "Three cues"},
                 "steps": [{"preset": "dirac-simultaneous", "title": {"en": "One"},
                            "narration": {"en": "Watch the charts.", "zh_CN": "看图表。"},
                            "cues": [{"at": 2, "do": "highlight", "view": "charts"},
                                     {"at": 4, "do": "show", "view": "latent"},
                                     {"at": 6, "do": "swap", "objective": "wgan-gp"}],
                            "expectations": []}]}
                """);
        Snapshot before = h.await(s -> s.step() > 0);
        robot.interact(() -> h.window.playLesson(Lesson.read(file)));
        LessonPanel panel = h.window.lessonPanel();
        assertThat(panel.titleText()).isEqualTo("My lesson");
        assertThat(panel.narrationText()).isEqualTo("Watch the charts.");
        assertThat(panel.nextButton().isDisabled()).as("a one-step lesson").isTrue();
        h.awaitTrue(() -> h.window.lesson().fired(0), "the highlight cue fired");
        long lit = System.nanoTime();
        assertThat(h.window.charts().getStyleClass()).contains("lesson-highlight");
        h.awaitTrue(() -> h.window.lesson().fired(1) && h.window.latent().isVisible(), "the latent tab came forward");
        Snapshot swapped = h.await(s -> s.experiment() != before.experiment() && s.objective().id().equals("wgan-gp"));
        assertThat(swapped.events()).hasSize(1);
        assertThat(swapped.events().get(0).step()).as("the trainer swapped by itself, on time").isEqualTo(6);
        h.awaitTrue(() -> h.window.statusText().contains("from step 6 the objective is wgan-gp"),
                "the swap notice: " + h.window.statusText());
        h.awaitTrue(() -> !h.window.charts().getStyleClass().contains("lesson-highlight"), "the highlight went");
        assertThat((System.nanoTime() - lit) / 1e9).as("after about 4 s").isGreaterThan(3.0);
    }
}
