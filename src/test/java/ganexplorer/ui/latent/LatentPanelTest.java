package ganexplorer.ui.latent;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.model.Activation;
import ganexplorer.model.MlpSpec;
import ganexplorer.model.Prior;
import ganexplorer.train.GeneratorCopy;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The latent tab alone (no training): every control explains itself, and nothing is cut off, narrow or wide. */
@ExtendWith(ApplicationExtension.class)
class LatentPanelTest {
    private LatentPanel panel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        panel = new LatentPanel();
        panel.stop(); // no inference here: only the controls are looked at
        panel.model().useGenerator(new GeneratorCopy(new MlpSpec(110, new int[] {8}, 784, Activation.RELU, Activation.TANH),
                Prior.NORMAL, 10, new float[0]));
        stage.setScene(new Scene(panel, 440, 640));
        stage.show();
    }

    @Test
    void everyControlShouldHaveATooltipAndEveryLockAnAccessibleName(FxRobot robot) {
        List<Node> all = nodes(panel);
        List<Control> controls = all.stream().filter(n -> n instanceof Control && !(n instanceof Label) && !(n instanceof ScrollPane)
                        && !(n instanceof javafx.scene.control.ScrollBar)) // the scroll pane's own
                .map(n -> (Control) n).toList();
        assertThat(controls).hasSizeGreaterThan(200); // 100 sliders, 100 locks, the bars
        assertThat(controls).allSatisfy(c -> assertThat(c.getTooltip()).as(c.toString()).isNotNull());
        List<CheckBox> locks = all.stream().filter(n -> n instanceof CheckBox).map(n -> (CheckBox) n).toList();
        assertThat(locks).hasSize(100);
        assertThat(locks.get(3).getAccessibleText()).isEqualTo("lock z3 against Randomize");
        assertThat(locks.get(3).getTooltip().getText()).isEqualTo("lock z3 against Randomize");
        Label heading = (Label) all.stream().filter(n -> n instanceof Label l && l.getText().equals("lock")).findFirst().orElseThrow();
        Bounds h = heading.localToScene(heading.getLayoutBounds());
        Bounds box = locks.get(0).localToScene(locks.get(0).getLayoutBounds());
        assertThat(Math.abs(h.getCenterX() - box.getCenterX())).as("the lock heading stands over the lock boxes").isLessThan(3);
        assertThat(h.getMaxY()).isLessThanOrEqualTo(box.getMinY());
    }

    @Test
    void nothingShouldBeCutOffWhenNarrowOrWide(FxRobot robot) {
        for (double[] size : new double[][] {{440, 640}, {820, 1000}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            robot.interact(() -> panel.layout());
            Bounds view = panel.localToScene(panel.getLayoutBounds());
            for (Node n : nodes(panel)) {
                if (!n.isVisible() || insideScrollPane(n)) {
                    continue;
                }
                Bounds b = n.localToScene(n.getLayoutBounds());
                assertThat(b.getMaxX()).as(n + " at width " + size[0]).isLessThanOrEqualTo(view.getMaxX() + 0.5);
                assertThat(b.getMaxY()).as(n + " at height " + size[1]).isLessThanOrEqualTo(view.getMaxY() + 0.5);
                if (n instanceof Labeled l && !l.getText().isEmpty() && l.lookup(".text") instanceof Text shown) {
                    assertThat(shown.getText()).as("a truncated label at width " + size[0]).isEqualTo(l.getText());
                }
            }
        }
    }

    @Test
    void anUnconditionalGeneratorShouldHideTheClassChoiceAndCutNoLabel(FxRobot robot) {
        robot.interact(() -> panel.model().useGenerator(new GeneratorCopy(new MlpSpec(2, new int[] {8}, 2, Activation.RELU,
                Activation.IDENTITY), Prior.NORMAL, 0, new float[0])));
        robot.interact(() -> panel.layout());
        assertThat(panel.classChoice().isVisible()).isFalse();
        for (Node n : nodes(panel)) {
            if (n instanceof Labeled l && l.isVisible() && !l.getText().isEmpty() && !l.isWrapText() && l.lookup(".text") instanceof Text t) {
                assertThat(t.getText()).as("label " + l.getText()).isEqualTo(l.getText());
            }
        }
    }

    private static boolean insideScrollPane(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private static List<Node> nodes(Parent root) {
        List<Node> out = new ArrayList<>();
        for (Node n : root.getChildrenUnmodifiable()) {
            out.add(n);
            if (n instanceof Parent p && !(n instanceof Control c && !(c instanceof ScrollPane))) { // a scroll pane's skin holds its content
                out.addAll(nodes(p));
            }
        }
        return out;
    }
}
