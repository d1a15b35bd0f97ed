package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.objective.Objective;
import ganexplorer.train.Command;
import ganexplorer.train.Snapshot;
import ganexplorer.ui.explain.ExplainView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Explain tab in the real window: it shows the running objective's losses and follows a swap. */
@ExtendWith(ApplicationExtension.class)
class ExplainWindowTest {
    private WindowHarness h;

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path home;

    @Start
    void start(Stage stage) {
        Texts.setLanguage(Language.EN);
        h = new WindowHarness(stage, home, 1280, 720);
    }

    @AfterEach
    void stop() {
        h.stop();
    }

    @Test
    void theExplainTabShouldShowTheRunningObjectivesFormulasAndFollowASwap(FxRobot robot) {
        Snapshot first = h.await(s -> s.step() > 0);
        robot.interact(() -> h.window.showExplain());
        ExplainView explain = h.window.explain();
        String before = first.objective().id();
        String generatorBefore = "L_G = " + switch (before) {
            case "bce-minimax" -> "𝔼_z[log(1 − D(G(z)))]";
            case "bce" -> "−𝔼_z[log D(G(z))]";
            case "least-squares" -> "½ 𝔼_z[(D(G(z)) − 1)²]";
            default -> "−𝔼_z[D(G(z))]";
        };
        h.awaitTrue(() -> explain.isVisible() && explain.getScene() != null && explain.formulasText().contains(generatorBefore)
                && explain.formulasRendered(), "the " + before + " formulas drawn on the Explain tab: " + explain.formulasText());
        assertThat(robot.lookup(n -> n == explain).tryQuery()).isPresent();
        assertThat(robot.lookup(".tab-pane .tab:selected .tab-label").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().map(javafx.scene.control.Labeled::getText)).as("selected tabs").contains("Explain");

        String after = before.equals("bce-minimax") ? "least-squares" : "bce-minimax";
        int rebuilt = explain.rebuilds();
        h.link.send(new Command.SwapObjective(after));
        h.await(s -> s.objective().id().equals(after) && s.step() > first.step() + 20);
        String expected = after.equals("bce-minimax") ? "L_G = 𝔼_z[log(1 − D(G(z)))]" : "L_G = ½ 𝔼_z[(D(G(z)) − 1)²]";
        h.awaitTrue(() -> explain.formulasText().contains(expected) && explain.formulasRendered(),
                "the " + after + " formulas after the swap: " + explain.formulasText());
        assertThat(explain.formulasText()).doesNotContain(generatorBefore);
        assertThat(explain.paragraphsText()).contains(after.equals("bce-minimax") ? "vanishes" : "linearly");
        assertThat(explain.rebuilds()).as("rebuilt for the swap, not for every frame").isEqualTo(rebuilt + 1);
        assertThat(Objective.IDS).contains(after);
    }
}
