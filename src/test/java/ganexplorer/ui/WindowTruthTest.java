package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.train.Presets;
import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "The window tells the truth": what the window shows is the running experiment, at the smallest supported size. */
@ExtendWith(ApplicationExtension.class)
class WindowTruthTest {
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path home;

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
    void afterSwitchingExperimentsTheReadoutShouldShowDashesUntilTheNewExperimentsFirstRow(FxRobot robot) {
        Snapshot ring = h.await(s -> s.history().size() >= 2);
        h.awaitTrue(() -> !h.window.readout().distanceText().equals("–"), "the ring's W1 shown");
        robot.interact(() -> h.window.controls().loadPreset(Presets.byName("digits-mlp")));
        List<String> shownBeforeFirstRow = new ArrayList<>();
        Snapshot digits = h.await(s -> {
            if (s.experiment() != ring.experiment() && s.history().isEmpty()) {
                shownBeforeFirstRow.add(h.window.readout().distanceText());
            }
            return s.experiment() != ring.experiment() && s.step() > 30;
        });
        assertThat(digits.history()).as("digits log every 500 steps").isEmpty();
        assertThat(shownBeforeFirstRow).isNotEmpty().containsOnly("–");
        assertThat(h.window.readout().distanceText()).isEqualTo("–");
        assertThat(h.window.charts().pointCount()).as("no ring row on the digits charts").isZero();
    }

    @Test
    void aRefusedValueShouldNameItsFieldAndGoAwayForGoodOnceFixed(FxRobot robot) {
        h.await(s -> s.step() > 0);
        TextField dRate = robot.lookup((Node n) -> n instanceof TextField t && t.getTooltip() != null
                && t.getTooltip().getText().startsWith("Discriminator")).queryAs(TextField.class);
        assertThat(dRate.getText()).isEqualTo("0.0005");
        robot.interact(() -> {
            dRate.setText("fast");
            dRate.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(h.window.controls().messageText()).startsWith("D learning rate: \"fast\" is not a number");
        h.awaitTrue(() -> h.window.statusText().contains("D learning rate"), "the status line names the field");
        robot.interact(() -> {
            dRate.setText("0.0004");
            dRate.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(h.window.controls().messageText()).startsWith("Settings applied");
        long at = h.link.snapshotProperty().get().step();
        h.await(s -> s.step() > at + 20);
        assertThat(h.window.controls().messageText()).doesNotContain("D learning rate");
        assertThat(h.window.statusText()).doesNotContain("D learning rate");
    }

    @Test
    void divergingOnPurposeShouldBeSaidAndShownAsAnAlarm(FxRobot robot) {
        h.await(s -> s.step() > 0);
        for (String tip : List.of("Generator's", "Discriminator")) {
            TextField f = robot.lookup((Node n) -> n instanceof TextField t && t.getTooltip() != null
                    && t.getTooltip().getText().startsWith(tip)).queryAs(TextField.class);
            robot.interact(() -> f.setText("10"));
        }
        robot.interact(() -> robot.lookup("Apply settings").queryAs(Button.class).fire());
        h.awaitTrue(() -> h.window.statusText().contains("diverged") || h.window.statusText().contains("far outside"),
                "the status says training ran away: " + h.window.statusText());
        h.awaitTrue(() -> h.window.readout().alarmShown() || h.link.snapshotProperty().get().state() == RunState.PAUSED,
                "the readout shows an alarm, or training was rolled back and paused");
    }

    @Test
    void aSwapShouldMarkThePresetModifiedAndRestoreShouldBringItBack(FxRobot robot) {
        Snapshot first = h.await(s -> s.step() > 0);
        robot.clickOn(robot.lookup(".app").queryAs(Node.class));
        robot.type(KeyCode.DIGIT6); // hinge
        h.await(s -> s.objective().id().equals("hinge"));
        h.awaitTrue(() -> robot.lookup("Restore preset").tryQueryAs(Button.class).map(Node::isVisible).orElse(false),
                "Restore preset offered");
        assertThat(robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().equals("Preset: ring-wgan-gp (modified)")).tryQuery()).isPresent();
        robot.interact(() -> robot.lookup("Restore preset").queryAs(Button.class).fire());
        Snapshot restored = h.await(s -> s.experiment() != first.experiment());
        assertThat(restored.objective().id()).isEqualTo("wgan-gp");
        assertThat(restored.config()).isEqualTo(Presets.byName("ring-wgan-gp").config());
    }

    @Test
    void at1280x720NoLabelShouldBeCutAndEveryControlOfThePanelShouldHaveATooltip(FxRobot robot) {
        h.await(s -> s.history().size() >= 7); // trends show from the sixth row
        h.awaitTrue(() -> !h.window.readout().distanceText().equals("–"), "numbers shown");
        List<String> cut = new ArrayList<>();
        robot.interact(() -> collectCut(h.window.scene().getRoot(), cut));
        assertThat(cut).as("labels shown cut off at 1280x720").isEmpty();
        List<String> untipped = new ArrayList<>();
        robot.interact(() -> collectUntipped(h.window.controls(), untipped));
        assertThat(untipped).as("controls without a tooltip").isEmpty();
    }

    /** A Labeled whose drawn text differs from its text was cut (JavaFX draws "Dat…" for "Dataset"). */
    static void collectCut(Node node, List<String> cut) {
        if (node instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && !t.getText().equals(l.getText()) && !l.isWrapText()) {
                    cut.add(l.getText() + " shown as " + t.getText());
                }
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectCut(c, cut));
        }
    }

    private static void collectUntipped(Node node, List<String> untipped) {
        if (node instanceof Control c && !(node instanceof javafx.scene.control.Label) && node.isVisible()
                && c.getTooltip() == null && !(node instanceof javafx.scene.control.ScrollBar)) {
            untipped.add(node.getClass().getSimpleName() + " " + (node instanceof Labeled l ? l.getText() : ""));
        }
        if (node instanceof Parent p && !(node instanceof javafx.scene.control.ComboBoxBase<?>)
                && !(node instanceof javafx.scene.control.TextField)) {
            p.getChildrenUnmodifiable().forEach(c -> collectUntipped(c, untipped));
        }
    }
}
