package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View → Language while training runs: the menus and labels change language, the same experiment keeps training
 * (its step count goes on rising, no new experiment starts) and the choice is remembered. Every wait is bounded;
 * the FX thread is only ever handed short tasks.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class LanguageSwitchTest {
    private WindowHarness h;
    private Stage stage;

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path home;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Texts.apply(LanguageChoice.of(Language.EN, List.of()));
        h = new WindowHarness(stage, home, 1400, 900);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> h.stop()).get(20, TimeUnit.SECONDS);
        Texts.apply(LanguageChoice.of(Language.EN, List.of()));
        new SettingsStore("ganexplorer-test").clear();
    }

    @Test
    void switchingToChineseAndBackKeepsTheRunningExperiment() throws Exception {
        Snapshot first = h.await(s -> s.state() == RunState.RUNNING && s.step() > 20);
        MainWindow english = h.window;
        assertThat(fx(() -> menuBar().getMenus().get(0).getText())).isEqualTo("File");

        choose(Language.ZH_CN);
        h.awaitTrue(() -> h.window != english, "the window was rebuilt in Chinese");
        assertThat(Texts.language()).as("this machine has a CJK font (fonts-noto-cjk)").isEqualTo(Language.ZH_CN);
        assertThat(Texts.fontFamily()).containsIgnoringCase("CJK");
        assertThat(fx(() -> menuBar().getMenus().get(0).getText())).isEqualTo("文件");
        assertThat(fx(() -> menuBar().getMenus().get(2).getText())).isEqualTo("视图");
        h.awaitTrue(() -> h.window.statusText().contains("训练中"), "the status line in Chinese: " + h.window.statusText());
        assertThat(h.window.readout().lookupAll(".section-title").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText())).contains("Wasserstein 距离");

        Snapshot after = h.await(s -> s.step() > first.step() + 50);
        assertThat(after.experiment()).as("the same experiment, not a restart").isEqualTo(first.experiment());
        assertThat(after.state()).isEqualTo(RunState.RUNNING);
        assertThat(new SettingsStore("ganexplorer-test").language()).as("remembered").isEqualTo(Language.ZH_CN);
        h.awaitTrue(() -> h.window.charts().pointCount() > 0, "the new charts drew the history so far");

        MainWindow chinese = h.window;
        choose(Language.EN);
        h.awaitTrue(() -> h.window != chinese, "the window was rebuilt in English");
        assertThat(fx(() -> menuBar().getMenus().get(0).getText())).isEqualTo("File");
        Snapshot back = h.await(s -> s.step() > after.step() + 50);
        assertThat(back.experiment()).isEqualTo(first.experiment());
        h.awaitTrue(() -> h.window.statusText().startsWith("Training"), "the status line in English: "
                + h.window.statusText());
    }

    /** Fires the View → Language item as a click would (the menu's own handler, on the FX thread). */
    private void choose(Language l) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (MenuItem item : menuBar().getMenus().get(2).getItems()) {
                if (item instanceof javafx.scene.control.Menu m) {
                    for (MenuItem i : m.getItems()) {
                        if (i instanceof RadioMenuItem r && ("language-" + l.tag()).equals(r.getId())) {
                            r.fire();
                            return;
                        }
                    }
                }
            }
            throw new AssertionError("no View → Language item for " + l);
        }).get(10, TimeUnit.SECONDS);
    }

    private MenuBar menuBar() {
        return (MenuBar) ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getTop();
    }

    private <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
