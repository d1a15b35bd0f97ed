package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.model.GanArchitecture;
import ganexplorer.objective.Objective;
import ganexplorer.objective.OptimizerSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
    private static final GanArchitecture SMALL = new ganexplorer.model.MlpGan(2, ganexplorer.model.Prior.NORMAL, List.of(32, 32),
            List.of(32, 32), ganexplorer.model.Activation.RELU, ganexplorer.model.Activation.LEAKY_RELU);

    static TrainingConfig config(String objective, long seed) {
        Objective o = Objective.of(objective, 0.01, 10);
        return new TrainingConfig("ring8", null, SMALL, objective,
                Hyperparameters.defaultsFor(o, 64).withLearningRates(1e-3, 1e-3), seed, 10, 200, null);
    }

    static List<MetricRow> run(TrainingConfig config, long steps) throws InterruptedException {
        try (Trainer t = new Trainer(config, TrainerOptions.headless(1, steps))) {
            t.start();
            assertThat(t.awaitFinished(120, TimeUnit.SECONDS)).isTrue();
            return t.latest().history();
        }
    }

    @Test
    void shouldGiveTheSameMetricsForTheSameSeedAndThreads() throws Exception {
        List<MetricRow> a = run(config("wgan-gp", 4), 30);
        List<MetricRow> b = run(config("wgan-gp", 4), 30);
        List<MetricRow> c = run(config("wgan-gp", 5), 30);
        assertThat(a).hasSize(3).isEqualTo(b);
        assertThat(a.get(2).distance()).isNotEqualTo(c.get(2).distance());
    }

    @Test
    void shouldContinueExactlyAsAnUninterruptedRunWhenResumedFromACheckpoint(@TempDir Path dir) throws Exception {
        TrainingConfig config = config("bce", 8).withSwaps(List.of(new ScheduledSwap(25, "least-squares")));
        List<MetricRow> straight = run(config, 40);

        SessionState mid;
        try (Trainer first = new Trainer(config, TrainerOptions.headless(1, 20))) {
            first.start();
            assertThat(first.awaitFinished(60, TimeUnit.SECONDS)).isTrue();
            mid = first.finalState();
            Checkpoint.save(dir, config, mid, first.latest().history());
        }
        assertThat(Files.list(dir)).extracting(p -> p.getFileName().toString()).containsExactly(Checkpoint.FILE_NAME);
        Checkpoint loaded = Checkpoint.load(dir);
        assertThat(loaded.state().step()).isEqualTo(20);
        assertThat(loaded.state().critic()).containsExactly(mid.critic());
        try (Trainer second = new Trainer(loaded.config(), TrainerOptions.headless(1, 40), loaded.state(), loaded.history())) {
            second.start();
            assertThat(second.awaitFinished(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.latest().history()).isEqualTo(straight);
            assertThat(second.latest().events()).containsExactly(new SwapEvent(25, "bce", "least-squares"));
        }
    }

    @Test
    void shouldKeepBothNetworksWeightsWhenTheObjectiveIsSwapped() {
        GanSession s = new GanSession(config("bce", 3));
        for (int i = 0; i < 5; i++) {
            s.iterate();
        }
        SessionState before = s.capture();
        s.swapObjective("wgan-gp");
        SessionState after = s.capture();
        assertThat(after.generator()).containsExactly(before.generator());
        assertThat(after.critic()).containsExactly(before.critic());
        assertThat(after.objective()).isEqualTo("wgan-gp");
        assertThat(after.events()).containsExactly(new SwapEvent(5, "bce", "wgan-gp"));
        // The settings were pinned by withLearningRates, so the optimizers stay; unpinned ones take the new preset.
        assertThat(after.hyperparameters().criticOptimizer()).isEqualTo(before.hyperparameters().criticOptimizer());
        GanSession fresh = new GanSession(config("bce", 3).withHyperparameters(
                Hyperparameters.defaultsFor(Objective.of("bce", 0.01, 10), 64)));
        fresh.swapObjective("wgan-clip");
        assertThat(fresh.hyperparameters().criticOptimizer()).isEqualTo(new OptimizerSpec.RmsProp(5e-5));
        assertThat(fresh.hyperparameters().criticSteps()).isEqualTo(5);
        assertThat(fresh.iterate().isFinite()).isTrue();
    }

    @Test
    void shouldSwapBetweenStepsAndRecordAMarkerWhenToldWhileRunning() throws Exception {
        List<SwapEvent> seen = new CopyOnWriteArrayList<>();
        try (Trainer t = new Trainer(config("bce", 2), TrainerOptions.interactive(1))) {
            t.addListener(new TrainingListener() {
                @Override
                public void onSwap(SwapEvent event) {
                    seen.add(event);
                }
            });
            t.start();
            awaitSnapshot(t, s -> s.step() >= 5);
            t.send(new Command.SwapObjective("hinge"));
            Snapshot s = awaitSnapshot(t, x -> x.objective().id().equals("hinge") && x.step() > x.events().get(0).step() + 3);
            assertThat(s.events()).hasSize(1);
            assertThat(seen).containsExactlyElementsOf(s.events());
            assertThat(s.events().get(0).from()).isEqualTo("bce");
        }
    }

    @Test
    void shouldPauseExactlyAtTheAskedStepHoweverFastItTrains() throws Exception {
        try (Trainer t = new Trainer(config("least-squares", 2), TrainerOptions.interactive(1))) {
            t.send(new Command.PauseAt(40)); // queued before the first step: an unpaced MLP passes 40 in a blink
            t.start();
            Snapshot paused = awaitSnapshot(t, s -> s.state() == RunState.PAUSED);
            assertThat(paused.step()).isEqualTo(40);
            Thread.sleep(200);
            assertThat(t.latest().step()).isEqualTo(40);
            t.send(new Command.Start()); // reached once: running on does not stop there again
            awaitSnapshot(t, s -> s.step() > 60 && s.state() == RunState.RUNNING);
            t.send(new Command.PauseAt(10)); // already past: pauses now
            long at = awaitSnapshot(t, s -> s.state() == RunState.PAUSED).step();
            t.send(new Command.PauseAt(at + 50));
            t.send(new Command.NewExperiment(config("least-squares", 3))); // a new experiment forgets it
            t.send(new Command.Start());
            awaitSnapshot(t, s -> s.experiment() == paused.experiment() + 1 && s.step() > at + 100
                    && s.state() == RunState.RUNNING);
        }
    }

    @Test
    void shouldPauseStepAndResumeOnCommand() throws Exception {
        try (Trainer t = new Trainer(config("least-squares", 2), new TrainerOptions(1, 0, false, 33, 16, 100, 0, false))) {
            t.start();
            Snapshot paused = awaitSnapshot(t, s -> s.state() == RunState.PAUSED);
            Thread.sleep(200);
            assertThat(t.latest().step()).isZero();
            t.send(new Command.Step(Command.StepSize.ITERATION, 3));
            awaitSnapshot(t, s -> s.step() == 3);
            t.send(new Command.Step(Command.StepSize.GENERATOR_UPDATE, 1));
            awaitSnapshot(t, s -> s.step() == 4);
            Thread.sleep(200);
            assertThat(t.latest().step()).isEqualTo(4);
            assertThat(t.latest().state()).isEqualTo(RunState.PAUSED);
            t.send(new Command.Start());
            awaitSnapshot(t, s -> s.step() > 20 && s.state() == RunState.RUNNING);
            assertThat(((PlanePictures) paused.pictures()).heatmap()).hasSize(16 * 16);
        }
    }

    @Test
    void shouldRollBackAndPauseWithAMessageWhenTrainingProducesNaN() throws Exception {
        // Plain SGD at a rate of 10 on least squares blows the weights up within a few steps.
        Hyperparameters wild = new Hyperparameters(64, new OptimizerSpec.PlainSgd(10), new OptimizerSpec.PlainSgd(10), 1,
                0.01, 10, true);
        TrainingConfig c = config("least-squares", 1);
        try (Trainer t = new Trainer(c, TrainerOptions.interactive(1))) {
            t.start();
            awaitSnapshot(t, s -> s.step() >= 20);
            t.send(new Command.SetHyperparameters(wild));
            Snapshot s = awaitSnapshot(t, x -> x.message().contains("diverged"));
            assertThat(s.state()).isEqualTo(RunState.PAUSED);
            assertThat(s.message()).contains("Rolled back to step").contains("Lower the learning rates");
            assertThat(s.lastNotice().severity()).isEqualTo(Notice.Severity.ERROR);
            assertThat(new SessionState(0, 0, "bce", s.hyperparameters(), s.generator().weights(), new float[0], new float[0], 0, new float[0], 0, List.of()).isFinite()).isTrue();
            assertThat(s.history()).allMatch(r -> Double.isFinite(r.distance()));
            long pausedAt = s.step();
            Thread.sleep(200);
            assertThat(t.latest().step()).isEqualTo(pausedAt);
        }
    }

    @Test
    void shouldReportABadCommandWithoutStopping() throws Exception {
        try (Trainer t = new Trainer(config("bce", 1), TrainerOptions.interactive(1))) {
            t.start();
            awaitSnapshot(t, s -> s.step() > 2);
            t.send(new Command.SwapObjective("nonsense"));
            Snapshot s = awaitSnapshot(t, x -> x.message().contains("unknown objective"));
            long step = s.step();
            awaitSnapshot(t, x -> x.step() > step + 5 && x.state() == RunState.RUNNING);
        }
    }

    static Snapshot awaitSnapshot(Trainer t, Predicate<Snapshot> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Snapshot s = t.latest();
            if (s != null && condition.test(s)) {
                return s;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("condition not reached in 60 s; last snapshot: step "
                + (t.latest() == null ? "none" : t.latest().step() + " " + t.latest().state() + " " + t.latest().message()));
    }
}
