package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.train.PlanePictures;
import ganexplorer.train.Presets;
import ganexplorer.train.Snapshot;
import ganexplorer.train.VectorFieldPictures;
import ganexplorer.ui.field.FieldPicture;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Dirac GAN's (theta, psi) plane and the modes-over-time strip in the real window at 1280x720. */
@ExtendWith(ApplicationExtension.class)
class GameViewsWindowTest {
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
    void aDiracSnapshotShouldShowTheFieldViewPacedAndDrawnFromTheSnapshot(FxRobot robot) {
        Snapshot ring = h.await(s -> s.step() > 0);
        assertThat(h.window.dataView()).as("the toy plane for ring8").isNotSameAs(h.window.field());
        robot.interact(() -> h.window.controls().loadPreset(Presets.byName("dirac-simultaneous")));
        Snapshot first = h.await(s -> s.experiment() != ring.experiment() && s.pictures() instanceof VectorFieldPictures
                && s.step() > 0);
        long t0 = System.nanoTime();
        Snapshot later = h.await(s -> s.experiment() == first.experiment() && s.step() >= first.step() + 40);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(seconds).as("40 steps at the watching pace (40 a second) take about a second").isGreaterThan(0.8);
        assertThat(h.window.dataView()).isSameAs(h.window.field());
        h.awaitTrue(() -> h.window.field().picture() != null
                && h.window.field().picture().path() == ((VectorFieldPictures) h.link.snapshotProperty().get()
                        .pictures()).trajectory(), "the view draws the snapshot's own path");
        FieldPicture p = h.window.field().picture();
        assertThat(p.extent()).isEqualTo(4);
        assertThat(p.arrows()).hasSize(17 * 17);
        assertThat(p.path().length / 2).as("a point a step, from the start").isGreaterThan((int) later.step());
        assertThat(h.window.field().legendTexts()).contains("Dirac GAN: bce-minimax, simultaneous updates");
        assertThat(robot.lookup("Game plane (θ, ψ)").tryQuery()).isPresent();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> WindowTruthTest.collectCut(h.window.scene().getRoot(), cut));
        assertThat(cut).as("labels shown cut off at 1280x720").isEmpty();

        // Ctrl+E's picture of the tab: the view as on screen, the point now in its orange
        double[] now = new double[3];
        robot.interact(() -> {
            javafx.scene.image.WritableImage shot = ganexplorer.ui.plane.PlaneExport.picture(h.window.field());
            FieldPicture q = h.window.field().picture();
            ganexplorer.ui.plane.PlaneView v = h.window.field().view();
            javafx.scene.paint.Color c = shot.getPixelReader().getColor((int) v.px(q.theta()), (int) v.py(q.psi()));
            now[0] = shot.getWidth() - Math.ceil(h.window.field().getWidth());
            now[1] = c.getRed();
            now[2] = c.getBlue();
        });
        assertThat(now[0]).isZero();
        assertThat(now[1]).as("red of the point now").isGreaterThan(0.7);
        assertThat(now[2]).as("blue of the point now").isLessThan(0.3);

        robot.interact(() -> h.window.controls().swapTo("wgan-gp"));
        h.await(s -> s.objective().id().equals("wgan-gp"));
        h.awaitTrue(() -> h.window.field().picture().title().contains("wgan-gp"), "the legend names the new objective");
        assertThat(h.window.field().picture().arrows()).as("the field changed with the objective")
                .isNotEqualTo(p.arrows());
        assertThat(h.window.field().picture().extent()).as("the square stays").isEqualTo(4);

        robot.interact(() -> h.window.controls().loadPreset(Presets.byName("ring-collapse")));
        h.await(s -> s.pictures() instanceof PlanePictures && s.step() > 0);
        assertThat(h.window.dataView()).as("back to the toy plane").isNotSameAs(h.window.field());
    }

    @Test
    void theModeStripShouldShowEveryMeasuredRowOfRing8(FxRobot robot) {
        robot.interact(h.window::showModeStrip);
        Snapshot s = h.await(x -> x.history().size() >= 3);
        h.awaitTrue(() -> h.window.modeStrip().strip().columns().size()
                == h.link.snapshotProperty().get().history().size(), "a column per measured row");
        assertThat(h.window.modeStrip().strip().modes()).isEqualTo(8);
        assertThat(h.window.modeStrip().messageText()).isEmpty();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> WindowTruthTest.collectCut(h.window.scene().getRoot(), cut));
        assertThat(cut).as("labels shown cut off at 1280x720").isEmpty();
        robot.interact(() -> h.window.controls().loadPreset(Presets.byName("dirac-alternating")));
        h.await(x -> x.experiment() != s.experiment() && x.pictures() instanceof VectorFieldPictures);
        h.awaitTrue(() -> h.window.modeStrip().messageText().contains("no modes"), "the Dirac GAN has no modes");
    }
}
