package ganexplorer.ui.latent;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.model.Activation;
import ganexplorer.model.MlpSpec;
import ganexplorer.model.Prior;
import ganexplorer.train.GeneratorCopy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The UI model's commands, without a window or inference (nothing here calls tick). */
class LatentModelTest {
    private final LatentModel model = new LatentModel();

    @AfterEach
    void stop() {
        model.stop();
    }

    private static GeneratorCopy generator(int latent, int classes, Prior prior) {
        return new GeneratorCopy(new MlpSpec(latent + classes, new int[] {8}, 2, Activation.RELU, Activation.IDENTITY), prior, classes,
                new float[0]);
    }

    @Test
    void aGeneratorShouldGetOneDimensionPerLatentInputAndTheGridsDefaults() {
        model.useGenerator(generator(2, 0, Prior.NORMAL));
        assertThat(model.dimensions()).hasSize(2);
        assertThat(model.dimensions().get(1).name()).isEqualTo("z1");
        assertThat(model.dimensions().get(0).range()).isEqualTo(3);
        assertThat(model.horizontalProperty().get()).isEqualTo(new Direction.Axis(0));
        assertThat(model.verticalChoices()).containsExactly(new Direction.Axis(0), new Direction.Axis(1));
        assertThat(model.padDimensionsProperty().get()).containsExactlyElementsOf(model.dimensions());
        assertThat(model.classChoices()).isEmpty();
        assertThat(model.classChoiceProperty().get()).isNull();

        model.verticalProperty().set(new Direction.Axis(0));
        assertThat(model.padDimensionsProperty().get()).containsExactly(model.dimensions().get(0), model.dimensions().get(0));
    }

    @Test
    void aWideConditionalGeneratorShouldStartAtARandomPointWithOneClassPerRow() {
        model.useGenerator(generator(100, 10, Prior.NORMAL));
        assertThat(model.dimensions()).as("z only: the label is not a slider").hasSize(100);
        assertThat(model.classChoices()).hasSize(11).startsWith(LatentGrid.CLASS_PER_ROW, 0);
        assertThat(model.classChoiceProperty().get()).isEqualTo(LatentGrid.CLASS_PER_ROW);
        assertThat(model.horizontalProperty().get()).isEqualTo(Direction.DRAW_A);
        assertThat(model.spanProperty().get()).isEqualTo(0.6);
        assertThat(model.dimensions().stream().filter(d -> d.valueProperty().get() != 0).count()).isGreaterThan(90);
    }

    @Test
    void aViewListeningToTheDimensionsShouldKeepHearingAfterAGarbageCollection() {
        int[] heard = {0};
        model.dimensions().addListener((javafx.collections.ListChangeListener<LatentDimension>) c -> heard[0]++);
        System.gc(); // a read-only view made per call, and with it this listener, used to be collected here
        model.useGenerator(generator(2, 0, Prior.NORMAL));
        assertThat(heard[0]).isEqualTo(1);
    }

    @Test
    void randomizeAndZeroShouldLeaveLockedDimensionsAlone() {
        model.useGenerator(generator(4, 0, Prior.UNIFORM));
        LatentDimension kept = model.dimensions().get(2);
        kept.valueProperty().set(0.25);
        kept.lockedProperty().set(true);
        model.randomize();
        assertThat(kept.valueProperty().get()).isEqualTo(0.25);
        assertThat(model.dimensions().stream().mapToDouble(d -> d.valueProperty().get())).allMatch(v -> v >= -1 && v <= 1);
        model.zero();
        assertThat(kept.valueProperty().get()).isEqualTo(0.25);
        assertThat(model.point()).containsExactly(0, 0, 0.25f, 0);
    }

    @Test
    void savedPointsShouldBecomeAnchorsAndAWalkShouldNeedTwo() {
        WalkModel walk = model.walk();
        walk.start(false);
        assertThat(walk.messageProperty().get()).isEqualTo("The generator is not ready yet.");
        model.useGenerator(generator(2, 0, Prior.NORMAL));
        walk.savePoint();
        assertThat(walk.anchorCountProperty().get()).isEqualTo(1);
        assertThat(walk.messageProperty().get()).isEqualTo("Anchor 1: the slider point.");
        walk.start(true);
        assertThat(walk.walkingProperty().get()).isFalse();
        assertThat(walk.messageProperty().get()).startsWith("A walk needs at least two anchors");
        model.dimensions().get(0).valueProperty().set(1.5);
        walk.savePoint();
        walk.start(true);
        assertThat(walk.walkingProperty().get()).isTrue();
        assertThat(walk.messageProperty().get()).isEqualTo("Recording the walk…");
        walk.clearAnchors();
        assertThat(walk.walkingProperty().get()).isFalse();
        assertThat(walk.anchorCountProperty().get()).isZero();
    }

    @Test
    void anotherGeneratorShouldForgetTheAnchorsButNewWeightsShouldNot() {
        model.useGenerator(generator(2, 0, Prior.NORMAL));
        model.walk().savePoint();
        model.useGenerator(generator(2, 0, Prior.NORMAL)); // the same shape: a new step's weights
        assertThat(model.walk().anchorCountProperty().get()).isEqualTo(1);
        model.useGenerator(generator(3, 0, Prior.NORMAL));
        assertThat(model.walk().anchorCountProperty().get()).isZero();
        assertThat(model.dimensions()).hasSize(3);
    }

    @Test
    void aClickShouldAnchorTheCellAsItWasDrawnOrAskForACloserClick() {
        model.useGenerator(generator(2, 0, Prior.NORMAL));
        WalkModel walk = model.walk();
        walk.pick(10, 10, 400);
        assertThat(walk.messageProperty().get()).isEqualTo("The grid is not drawn yet.");
        GridRequest drawn = new GridRequest(new float[] {0.5f, -0.5f}, new Direction.Axis(0), new Direction.Axis(1), 1, -1);
        float[] inputs = model.grid().inputs(drawn);
        GridFrame lattice = GridGeometryTest.lattice();
        model.publish(new GridFrame(lattice.pictures(), lattice.outputs(), 2, inputs));
        model.dimensions().get(0).valueProperty().set(2.5); // the sliders moved since that frame was drawn

        double[] dot = GridGeometry.centre(lattice, 12, 400);
        walk.pick(dot[0] + 10, dot[1] + 5, 400);
        assertThat(walk.messageProperty().get()).isEqualTo("Anchor 1 from grid cell (4, 2).");
        walk.start(false);
        assertThat(walk.walkingProperty().get()).isFalse(); // one anchor
        walk.pick(0, 0, 400);
        assertThat(walk.messageProperty().get()).isEqualTo("Click closer to a dot: the nearest is 57 px away.");
        assertThat(walk.anchorCountProperty().get()).isEqualTo(1);
        walk.savePoint();
        assertThat(walk.anchorCountProperty().get()).isEqualTo(2);
    }
}
