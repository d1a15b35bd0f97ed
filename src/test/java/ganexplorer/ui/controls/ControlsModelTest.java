package ganexplorer.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.data.Point;
import ganexplorer.model.Activation;
import ganexplorer.model.MlpGan;
import ganexplorer.model.Prior;
import ganexplorer.train.Command;
import ganexplorer.train.Presets;
import ganexplorer.train.Snapshot;
import ganexplorer.train.TrainingConfig;
import ganexplorer.ui.NoticeBoard;
import ganexplorer.ui.TestSnapshots;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding 8: the panel always shows the running experiment, and says when it is no longer the preset's. */
class ControlsModelTest {
    private final List<Command> sent = new ArrayList<>();
    private final TrainingConfig ring = Presets.byName("ring-wgan-gp").config();
    private final ControlsModel model = new ControlsModel(ring, "ring-wgan-gp", sent::add,
            new NoticeBoard(System::currentTimeMillis));

    private Snapshot running(TrainingConfig c, String objective) {
        Snapshot s = TestSnapshots.of(1, c, TestSnapshots.plane(0, 0), List.of());
        return new Snapshot(s.experiment(), s.step(), s.state(), c, c.hyperparameters().objective(objective),
                c.hyperparameters(), s.notices(), s.history(), s.events(), s.lastStats(), s.pictures(), null, 1);
    }

    @Test
    void aSwapShouldShowInTheRunningExperimentAndMarkThePresetModified() {
        model.show(running(ring, "wgan-gp"));
        assertThat(model.presetLabel()).isEqualTo("ring-wgan-gp");
        model.show(running(ring, "hinge"));
        assertThat(model.running().objective()).isEqualTo("hinge");
        assertThat(model.presetLabel()).isEqualTo("ring-wgan-gp (modified)");
    }

    @Test
    void aPresetsOwnScheduledSwapShouldNotMarkItModifiedButASwapByHandShould() {
        TrainingConfig clip = Presets.byName("clip-weights").config(); // wgan-clip, swapping to wgan-gp at step 600
        ControlsModel m = new ControlsModel(clip, "clip-weights", sent::add, new NoticeBoard(System::currentTimeMillis));
        m.show(afterSwaps(clip, "wgan-gp", List.of(new ganexplorer.train.SwapEvent(600, "wgan-clip", "wgan-gp"))));
        assertThat(m.presetLabel()).isEqualTo("clip-weights");
        m.show(afterSwaps(clip, "hinge", List.of(new ganexplorer.train.SwapEvent(600, "wgan-clip", "wgan-gp"),
                new ganexplorer.train.SwapEvent(700, "wgan-gp", "hinge"))));
        assertThat(m.presetLabel()).isEqualTo("clip-weights (modified)");
        ControlsModel early = new ControlsModel(clip, "clip-weights", sent::add, new NoticeBoard(System::currentTimeMillis));
        early.show(afterSwaps(clip, "wgan-gp", List.of(new ganexplorer.train.SwapEvent(100, "wgan-clip", "wgan-gp"))));
        assertThat(early.presetLabel()).as("the same objective, but swapped by hand before its time")
                .isEqualTo("clip-weights (modified)");
    }

    private static Snapshot afterSwaps(TrainingConfig c, String objective, List<ganexplorer.train.SwapEvent> events) {
        Snapshot s = TestSnapshots.of(1, c, TestSnapshots.plane(0, 0), List.of());
        return new Snapshot(s.experiment(), 800, s.state(), c, c.hyperparameters().objective(objective),
                c.hyperparameters().afterSwapTo(c.hyperparameters().objective(objective)), s.notices(), s.history(),
                events, s.lastStats(), s.pictures(), null, 1);
    }

    @Test
    void trainingOnADrawingShouldKeepTheRunningObjective() {
        model.show(running(ring, "hinge"));
        model.trainOn(List.of(new Point(0.1, 0.2), new Point(0.3, 0.4)));
        Command.NewExperiment n = (Command.NewExperiment) sent.get(sent.size() - 1);
        assertThat(n.config().dataset()).isEqualTo("points");
        assertThat(n.config().objective()).isEqualTo("hinge");
    }

    @Test
    void aLessonStepsExperimentShouldStartAsAPresetWithItsOwnSwaps() {
        TrainingConfig withSwap = ring.withSwaps(List.of(new ganexplorer.train.ScheduledSwap(300, "hinge")));
        model.chooseExperiment("ring-wgan-gp", withSwap);
        assertThat(((Command.NewExperiment) sent.get(0)).config()).isEqualTo(withSwap);
        assertThat(model.presetProperty().get()).isEqualTo("ring-wgan-gp");
        model.chooseExperiment(null, ring); // a step written inline: no preset to be "modified" from
        assertThat(((Command.NewExperiment) sent.get(1)).config()).isEqualTo(ring);
        assertThat(model.presetLabel()).isEqualTo(ganexplorer.ui.Texts.get("controls.noPreset"));
    }

    @Test
    void reChoosingTheCurrentPresetShouldStartItAfresh() {
        model.show(running(ring, "hinge"));
        model.choosePreset("ring-wgan-gp");
        model.restorePreset();
        assertThat(sent).hasSize(2).allSatisfy(c ->
                assertThat(((Command.NewExperiment) c).config()).isEqualTo(ring));
        assertThat(model.modifiedProperty().get()).isFalse();
    }

    @Test
    void aResetShouldKeepTheRunningObjectiveAndTakeTheSeed() {
        model.show(running(ring, "hinge"));
        model.reset("7");
        Command.NewExperiment n = (Command.NewExperiment) sent.get(0);
        assertThat(n.config().seed()).isEqualTo(7);
        assertThat(n.config().objective()).isEqualTo("hinge");
    }

    @Test
    void theModelBoxAndDatasetBoxShouldNameWhatTrains() {
        MlpGan custom = new MlpGan(256, Prior.NORMAL, List.of(128, 128), List.of(128), Activation.RELU, Activation.RELU);
        ModelChoice c = ModelChoice.running(custom);
        assertThat(c.custom()).isTrue();
        assertThat(c.label()).startsWith("custom: MLP");
        assertThat(ModelChoice.running(ring.architecture()).size()).isEqualTo(ModelSize.MEDIUM);
        assertThat(ControlsModel.datasetLabel("/home/t/fashion/train-images-idx3-ubyte.gz"))
                .isEqualTo("file: train-images-idx3-ubyte.gz");
        assertThat(ControlsModel.datasetLabel("points")).isEqualTo("points (drawn)");
        assertThat(ControlsModel.datasetLabel("ring8")).isEqualTo("ring8");
    }
}
