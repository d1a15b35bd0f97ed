package ganexplorer.files;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.train.Command;
import ganexplorer.train.ExpectationRun;
import ganexplorer.train.ExperimentFile;
import ganexplorer.train.MetricRow;
import ganexplorer.train.Presets;
import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import ganexplorer.train.SwapEvent;
import ganexplorer.train.Trainer;
import ganexplorer.train.TrainerOptions;
import ganexplorer.train.TrainingConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save experiment, then open the file: the same run again. A run driven as the window drives it (steps, then a swap
 * by hand, then more steps) is saved from its snapshot; the opened file, run headless for as many steps, gives the
 * same metric rows for the same seed.
 */
class ExperimentRoundTripTest {
    private static final TrainerOptions PAUSED = new TrainerOptions(1, 0, false, 10, 0, 0, 0, false);

    private static Snapshot await(Trainer t, Predicate<Snapshot> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            Snapshot s = t.latest();
            if (s != null && condition.test(s)) {
                return s;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("not reached: " + t.latest());
    }

    @Test
    void aSavedExperimentShouldReplayTheRunWithItsSwapsToTheSameMetrics(@TempDir Path dir) throws Exception {
        TrainingConfig config = Presets.byName("ring-wgan-gp").config().withSeed(5).withLogEvery(40);
        Snapshot end;
        try (Trainer app = new Trainer(config, PAUSED)) {
            app.start();
            await(app, s -> s.state() == RunState.PAUSED);
            app.send(new Command.Step(Command.StepSize.ITERATION, 80));
            await(app, s -> s.step() == 80);
            app.send(new Command.SwapObjective("hinge")); // by hand, as the window's 1-6 keys do
            app.send(new Command.Step(Command.StepSize.ITERATION, 80));
            end = await(app, s -> s.step() == 160 && s.history().size() == 4);
        }
        assertThat(end.events()).containsExactly(new SwapEvent(80, "wgan-gp", "hinge"));

        Path file = dir.resolve("replay.ganx");
        SavedExperiment.write(SavedExperiment.of("replay", "", end.config(), end.events(), end.step()), file);
        ExperimentFile opened = ((OpenedFile.Experiment) OpenedFile.read(file)).file();
        assertThat(opened.experiment().seed()).isEqualTo(5);
        assertThat(opened.steps()).isEqualTo(160);

        List<MetricRow> replay = ExpectationRun.history(opened.experiment(), opened.steps());
        assertThat(replay).extracting(MetricRow::step).containsExactly(40L, 80L, 120L, 160L);
        assertThat(replay).extracting(MetricRow::objective).containsExactly("wgan-gp", "wgan-gp", "hinge", "hinge");
        assertThat(replay).isEqualTo(end.history());
    }
}
