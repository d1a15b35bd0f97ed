package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.data.ImageShape;
import ganexplorer.model.Activation;
import ganexplorer.model.GanArchitecture;
import ganexplorer.objective.Objective;
import org.junit.jupiter.api.Test;

class ImageTrainingTest {

    @Test
    void movingBetweenPointsAndImagesShouldMoveToThatKindsModel() {
        TrainingConfig ring = TrainingConfig.defaults(null, Objective.of("bce", 0.01, 10));
        TrainingConfig digits = ring.withDataset("digits", null);
        assertThat(digits.architecture()).isEqualTo(GanArchitecture.IMAGE_MLP);
        assertThat(digits.hyperparameters().batchSize()).isEqualTo(64);
        assertThat(digits.withDataset("moons", null).architecture()).isEqualTo(GanArchitecture.TOY_DEFAULT);
        TrainingConfig custom = ring.withArchitecture(GanArchitecture.TOY_DEFAULT).withDataset("spiral", null);
        assertThat(custom.architecture()).as("same kind: the model is kept").isSameAs(ring.architecture());
    }

    @Test
    void anImageSessionShouldTrainRowsOfPixelsThroughATanhGenerator() {
        TrainingConfig c = TrainingConfig.defaults("digits", Objective.of("wgan-gp", 0.01, 10)).withObjective("wgan-gp");
        GanSession session = new GanSession(c);
        assertThat(session.generatorSpec().outputs()).isEqualTo(784);
        assertThat(((ganexplorer.model.MlpSpec) session.generatorSpec()).outputActivation()).isEqualTo(Activation.TANH);
        for (int i = 0; i < 3; i++) {
            assertThat(session.iterate().isFinite()).isTrue();
        }
        EvaluationSample e = session.evaluationSample(20);
        assertThat(e.real()).hasSize(20 * 784);
        assertThat(e.fake()).hasSize(20 * 784);
        for (float v : e.fake()) {
            assertThat(v).isBetween(-1f, 1f);
        }
    }

    @Test
    void snapshotsOfAnImageRunShouldCarryTheShapeAndNoPlane() throws InterruptedException {
        TrainingConfig c = TrainingConfig.defaults("digits", Objective.of("bce", 0.01, 10)).withLogEvery(5);
        try (Trainer t = new Trainer(c, TrainerOptions.interactive(1))) {
            t.start();
            t.send(new Command.Step(Command.StepSize.ITERATION, 5));
            long deadline = System.currentTimeMillis() + 60_000;
            while ((t.latest() == null || t.latest().history().isEmpty()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            Snapshot s = t.latest();
            assertThat(s.history()).isNotEmpty();
            assertThat(s.pictures()).isInstanceOfSatisfying(ImagePictures.class, p -> {
                assertThat(p.shape()).isEqualTo(new ImageShape(1, 28, 28));
                assertThat(p.fake().length % 784).isZero();
            });
            assertThat(s.history().get(0).distance()).isPositive();
        }
    }
}
