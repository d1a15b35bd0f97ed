package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.lesson.Lesson;
import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
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
 * Presenter mode on the real window at 1280x720, driven by the keyboard only: F5 hides the settings and the menus and
 * shows the banner; Space pauses, S steps, R resets; → and ← move through a lesson; the mode survives a switch to
 * Chinese without a restart; F5 brings the layout back.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class PresenterWindowTest {
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

    private BorderPane root() {
        return (BorderPane) stage.getScene().getRoot();
    }

    @Test
    void theKeyboardShouldDriveThePresenterView(FxRobot robot) throws Exception {
        Snapshot running = h.await(s -> s.state() == RunState.RUNNING && s.step() > 0);
        MenuBar bar = (MenuBar) root().getTop();
        CheckMenuItem item = null;
        for (MenuItem i : bar.getMenus().get(2).getItems()) {
            if ("presenter-mode".equals(i.getId())) {
                item = (CheckMenuItem) i;
            }
        }
        assertThat(item).as("View → Presenter mode").isNotNull();
        assertThat(item.getText()).isEqualTo("Presenter mode");
        assertThat(root().getLeft().isVisible()).isTrue();

        robot.type(KeyCode.F5);
        PresenterMode p = h.window.presenter();
        assertThat(p.isOn()).isTrue();
        assertThat(item.isSelected()).as("the menu's check follows F5").isTrue();
        assertThat(root().getLeft().isVisible()).as("settings hidden").isFalse();
        assertThat(root().getTop()).as("the banner in place of the menus").isSameAs(p.banner());
        assertThat(root().getStyleClass()).contains("presenter");
        h.awaitTrue(() -> p.counterText().startsWith("step "), "the counter: " + p.counterText());
        assertThat(p.titleText()).isEqualTo(h.window.controls().presetName());
        assertThat(p.hintText()).isEqualTo("F5 or Esc: leave presenter mode");
        assertThat(label(p, "presenter-counter").getFont().getSize()).isGreaterThanOrEqualTo(36);
        assertThat(label(p, "presenter-narration").getFont().getSize()).isGreaterThanOrEqualTo(20);
        Label sentence = (Label) h.window.readout().lookup(".readout-sentence");
        assertThat(sentence.getFont().getSize()).as("the base font").isGreaterThanOrEqualTo(20);
        h.awaitTrue(() -> !sentence.isVisible() && !h.window.charts().lookup(".chart-settings-bar").isVisible(),
                "the readout's sentence and the charts' settings give way to the charts");

        robot.type(KeyCode.SPACE);
        Snapshot paused = h.await(s -> s.state() == RunState.PAUSED);
        assertThat(paused.experiment()).isEqualTo(running.experiment());
        robot.type(KeyCode.S);
        Snapshot stepped = h.await(s -> s.step() > paused.step());
        assertThat(stepped.state()).as("one iteration, still paused").isEqualTo(RunState.PAUSED);
        h.awaitTrue(() -> p.counterText().equals(String.format(java.util.Locale.ROOT, "step %,d", stepped.step())),
                "the counter follows the snapshot: " + p.counterText());
        robot.type(KeyCode.RIGHT); // no lesson: nothing happens
        robot.type(KeyCode.R);
        Snapshot reset = h.await(s -> s.experiment() != running.experiment());
        assertThat(reset.config().dataset()).isEqualTo(running.config().dataset());

        robot.interact(() -> h.window.playLesson(Lesson.builtIn("why-gans-oscillate")));
        h.awaitTrue(() -> p.titleText().equals("Why GANs oscillate"), "the banner shows the lesson: " + p.titleText());
        assertThat(p.stepText()).isEqualTo("Step 1 of 4 · Simultaneous updates spiral outwards");
        assertThat(p.narrationText()).startsWith("Both players take their gradient step");
        assertThat(h.window.lessonPanel().isVisible()).as("the strip gives way to the banner").isFalse();
        Snapshot first = h.await(s -> s.experiment() > reset.experiment() && s.step() > 0);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> WindowTruthTest.collectCut(p.banner(), cut));
        assertThat(cut).as("banner labels cut off at 1280x720").isEmpty();
        assertThat(p.banner().getLayoutBounds().getHeight()).as("the view keeps most of the screen").isLessThan(260);

        robot.type(KeyCode.RIGHT);
        Snapshot second = h.await(s -> s.experiment() > first.experiment() && s.step() > 0);
        assertThat(h.window.lesson().index()).isEqualTo(1);
        assertThat(second.config()).isEqualTo(Lesson.builtIn("why-gans-oscillate").steps().get(1).config());
        h.awaitTrue(() -> p.stepText().startsWith("Step 2 of 4"), "the banner's step: " + p.stepText());
        assertThat(p.narrationText()).startsWith("Now the discriminator steps first");
        robot.type(KeyCode.LEFT);
        assertThat(h.window.lesson().index()).isEqualTo(0);
        robot.type(KeyCode.RIGHT);
        Snapshot again = h.await(s -> s.experiment() > second.experiment() && s.step() > 0);

        // the language switch rebuilds the window: still presenting, same lesson step, same experiment
        MainWindow english = h.window;
        robot.interact(() -> english.switchLanguage(Language.ZH_CN));
        h.awaitTrue(() -> h.window != english, "the window was rebuilt in Chinese");
        PresenterMode zh = h.window.presenter();
        assertThat(zh.isOn()).isTrue();
        assertThat(root().getLeft().isVisible()).isFalse();
        assertThat(root().getTop()).isSameAs(zh.banner());
        h.awaitTrue(() -> zh.stepText().startsWith("第 2 步,共 4 步"), "Chinese banner: " + zh.stepText());
        assertThat(zh.hintText()).isEqualTo("F5 或 Esc:退出演示模式");
        h.awaitTrue(() -> zh.counterText().startsWith("第 "), "Chinese counter: " + zh.counterText());
        assertThat(h.link.snapshotProperty().get().experiment()).as("no restart").isEqualTo(again.experiment());
        cut.clear();
        robot.interact(() -> WindowTruthTest.collectCut(zh.banner(), cut));
        assertThat(cut).as("Chinese banner labels cut off at 1280x720").isEmpty();

        robot.type(KeyCode.F5);
        assertThat(zh.isOn()).isFalse();
        assertThat(root().getLeft().isVisible()).as("the settings are back").isTrue();
        assertThat(root().getTop()).isInstanceOf(MenuBar.class);
        assertThat(root().getStyleClass()).doesNotContain("presenter");
        assertThat(h.window.lessonPanel().isVisible()).as("the strip is back").isTrue();
        assertThat(h.window.readout().lookup(".readout-sentence").isVisible()).isTrue();
        CheckMenuItem zhItem = (CheckMenuItem) ((MenuBar) root().getTop()).getMenus().get(2).getItems().stream()
                .filter(i -> "presenter-mode".equals(i.getId())).findFirst().orElseThrow();
        assertThat(zhItem.isSelected()).isFalse();
        robot.interact(() -> { // View → Presenter mode, as the menu's skin does it: check, then fire
            zhItem.setSelected(true);
            zhItem.fire();
        });
        h.awaitTrue(zh::isOn, "the menu item turned presenter mode on");
        assertThat(root().getTop()).isSameAs(zh.banner());
        robot.type(KeyCode.ESCAPE);
        assertThat(zh.isOn()).as("Esc leaves too").isFalse();
        assertThat(zhItem.isSelected()).isFalse();
    }

    private static Label label(PresenterMode p, String styleClass) {
        return (Label) p.banner().lookup("." + styleClass);
    }

}
