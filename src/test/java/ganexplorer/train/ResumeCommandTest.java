package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's File → Open of a checkpoint: a running trainer continues the saved run as train --resume does. */
class ResumeCommandTest {
    private static final TrainerOptions PAUSED = new TrainerOptions(1, 0, false, 10, 0, 0, 0, false);

    private static Snapshot await(Trainer t, Predicate<Snapshot> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
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
    void aResumedCheckpointShouldContinueWithItsStateAndHistoryInANewExperiment(@TempDir Path dir) throws Exception {
        TrainingConfig config = TrainerTest.config("bce", 8).withSwaps(List.of(new ScheduledSwap(25, "least-squares")));
        List<MetricRow> straight = TrainerTest.run(config, 40);
        try (Trainer first = new Trainer(config, TrainerOptions.headless(1, 20))) {
            first.start();
            assertThat(first.awaitFinished(60, TimeUnit.SECONDS)).isTrue();
            Checkpoint.save(dir, config, first.finalState(), first.latest().history());
        }
        Checkpoint c = Checkpoint.load(dir);
        try (Trainer app = new Trainer(TrainerTest.config("hinge", 3), PAUSED)) {
            app.start();
            long before = await(app, s -> s.state() == RunState.PAUSED).experiment();
            app.send(new Command.Resume(c.config(), c.state(), c.history()));
            Snapshot resumed = await(app, s -> s.experiment() != before);
            assertThat(resumed.step()).isEqualTo(20);
            assertThat(resumed.history()).hasSize(2); // rows at 10 and 20, from the file
            app.send(new Command.Step(Command.StepSize.ITERATION, 20));
            Snapshot end = await(app, s -> s.step() == 40 && s.history().size() == 4);
            assertThat(end.events()).containsExactly(new SwapEvent(25, "bce", "least-squares"));
            assertThat(end.history()).extracting(MetricRow::step, MetricRow::criticLoss, MetricRow::generatorLoss)
                    .isEqualTo(straight.stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.step(), r.criticLoss(),
                            r.generatorLoss())).toList());
        }
    }

    @Test
    void aStateThatDoesNotFitShouldBeRefusedAndTheRunningExperimentGoOn() throws Exception {
        TrainingConfig running = TrainerTest.config("hinge", 3);
        try (Trainer app = new Trainer(running, PAUSED)) {
            app.start();
            Snapshot before = await(app, s -> s.state() == RunState.PAUSED);
            SessionState other = Session.open(Presets.byName("dirac-simultaneous").config()).capture();
            app.send(new Command.Resume(running, other, List.of()));
            Snapshot after = await(app, s -> s.notices().stream().anyMatch(n -> n.severity() == Notice.Severity.ERROR));
            assertThat(after.experiment()).isEqualTo(before.experiment());
            assertThat(after.notices().get(after.notices().size() - 1).text()).contains("does not fit");
            app.send(new Command.Step(Command.StepSize.ITERATION, 3));
            assertThat(await(app, s -> s.step() == 3).experiment()).isEqualTo(before.experiment());
        }
    }
}
