package ganexplorer.cli;

import ganexplorer.objective.OptimizerSpec;
import ganexplorer.train.Checkpoint;
import ganexplorer.train.Command;
import ganexplorer.train.Hyperparameters;
import ganexplorer.train.IterationStats;
import ganexplorer.train.MetricRow;
import ganexplorer.train.RunState;
import ganexplorer.train.SessionState;
import ganexplorer.train.Snapshot;
import ganexplorer.train.Trainer;
import ganexplorer.train.TrainerOptions;
import ganexplorer.train.TrainingConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One headless run, from a started trainer to its files: it checkpoints on schedule while the trainer runs, stops it
 * between two steps on SIGTERM or Ctrl+C, and at the end writes the summary, samples and checkpoint (after a
 * divergence, of the rolled-back state). A trainer that failed saves nothing: the last checkpoint stays as it was.
 */
final class TrainingRun {
    /** How often the run looks at the trainer: a signal or a due checkpoint waits at most this long. */
    private static final long POLL_MILLIS = 50;
    /**
     * Snapshots ten times a second (the default headless run publishes once a second), so a checkpoint counted in
     * steps is sent within about a tenth of a second of its step.
     */
    private static final long SNAPSHOT_MILLIS = 100;

    /**
     * What to train: a new experiment (state null), or a checkpoint's continued to {@code target}.
     *
     * @param changedTo the hyperparameters a resumed run changes to after the restore, or null
     */
    record Plan(TrainingConfig config, SessionState state, List<MetricRow> pastRows, long target, Hyperparameters changedTo) {
        long startStep() {
            return state == null ? 0 : state.step();
        }

        TrainingConfig finalConfig() {
            return changedTo == null ? config : config.withHyperparameters(changedTo);
        }
    }

    private final Plan plan;
    private final Path out;
    private final int threads;
    private final CheckpointSchedule schedule;
    private final PrintWriter console;
    private final PrintWriter err;

    TrainingRun(Plan plan, Path out, int threads, CheckpointSchedule schedule, PrintWriter console, PrintWriter err) {
        this.plan = plan;
        this.out = out;
        this.threads = threads;
        this.schedule = schedule;
        this.console = console;
        this.err = err;
    }

    /** Trains and writes the run's files; returns the exit code. */
    int run(MetricsCsv csv) throws Exception {
        long wallStart = System.nanoTime();
        TrainerMessages messages = new TrainerMessages(console);
        TrainerOptions options = new TrainerOptions(threads, plan.target(), true, SNAPSHOT_MILLIS, 64, 0, 0, false);
        // closed in reverse order: the signal hook lets the JVM end only after the body has written every file
        try (RunFiles files = new RunFiles(out, csv, console);
             Trainer trainer = new Trainer(plan.config(), options, plan.state(), plan.pastRows());
             SignalStop signal = new SignalStop()) {
            trainer.addListener(files);
            trainer.addListener(messages);
            if (plan.changedTo() != null) {
                trainer.send(new Command.SetHyperparameters(plan.changedTo())); // applied after the restore, before a step
            }
            trainer.start();
            Ending ending = supervise(trainer, signal, messages);
            trainer.close();
            trainer.awaitFinished(60, TimeUnit.SECONDS);
            Snapshot last = trainer.latest();
            messages.flush(ending == Ending.DIVERGED);
            if (ending == Ending.FAILED || last == null || trainer.finalState() == null) {
                return failed(last);
            }
            double wall = (System.nanoTime() - wallStart) / 1e9;
            String sentence = sentence(ending, last);
            files.writeFinal(plan.finalConfig(), last, trainer.stepsPerSecond(), wall, ending,
                    ending == Ending.FINISHED ? "" : sentence);
            Checkpoint.save(out, plan.finalConfig(), trainer.finalState(), last.history());
            files.finish();
            if (ending == Ending.FINISHED) {
                console.printf(Locale.ROOT, "Done: step %d, %.1f steps/s, %.1f s; wrote %s%n", last.step(),
                        trainer.stepsPerSecond(), wall, out);
            } else {
                console.println(sentence);
            }
            console.flush();
            return ending == Ending.DIVERGED ? 3 : ending == Ending.STOPPED ? 1 : 0;
        }
    }

    /** Watches the trainer until it ends, diverges or a signal asks it to stop; checkpoints on schedule meanwhile. */
    private Ending supervise(Trainer trainer, SignalStop signal, TrainerMessages messages) throws InterruptedException {
        long savedStep = plan.startStep();
        long savedAt = System.nanoTime();
        while (!trainer.awaitFinished(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            Snapshot s = trainer.latest();
            if (s != null && s.state() == RunState.PAUSED) {
                return Ending.DIVERGED; // only a NaN rollback pauses a headless run
            }
            if (signal.requested()) {
                return Ending.STOPPED;
            }
            messages.printConfirmed(s);
            long now = System.nanoTime();
            if (s != null && s.state() == RunState.RUNNING && schedule.due(s.step() - savedStep, now - savedAt)) {
                trainer.send(new Command.SaveCheckpoint(out)); // written by the trainer between two steps
                savedStep = s.step();
                savedAt = now;
            }
        }
        Snapshot last = trainer.latest();
        if (last != null && last.state() == RunState.FINISHED) {
            return Ending.FINISHED;
        }
        return signal.requested() ? Ending.STOPPED : Ending.FAILED;
    }

    private String sentence(Ending ending, Snapshot last) {
        String resume = "train --resume " + out + " --steps " + plan.target();
        if (ending == Ending.STOPPED) {
            return "Stopped at step " + last.step() + "; the checkpoint and summary are in " + out + ". Continue with: "
                    + resume;
        }
        IterationStats bad = last.lastStats();
        String at = bad != null && bad.step() > last.step() ? "at step " + bad.step() : "after step " + last.step();
        return "Training diverged " + at + " (a loss or gradient became NaN or infinite) and was rolled back to step "
                + last.step() + ", saved in " + out + "; resume with a lower learning rate: " + resume + " "
                + lowerRates(last.hyperparameters());
    }

    /** A tenth of the learning rates, as options. */
    private static String lowerRates(Hyperparameters h) {
        OptimizerSpec g = h.generatorOptimizer();
        OptimizerSpec d = h.criticOptimizer();
        if (g.learningRate() == d.learningRate()) {
            return "--lr " + rate(g.learningRate() / 10);
        }
        return "--g-lr " + rate(g.learningRate() / 10) + " --d-lr " + rate(d.learningRate() / 10);
    }

    private static String rate(double r) {
        return String.format(Locale.ROOT, "%.0e", r).replace("e-0", "e-").replace("e+00", "");
    }

    /** The trainer failed (its message above says why): the last checkpoint is kept as it was. */
    private int failed(Snapshot last) {
        boolean kept = Files.exists(out.resolve(Checkpoint.FILE_NAME));
        if (last == null) {
            err.println("error: the run could not start; nothing was written" + (kept ? " (the checkpoint in " + out
                    + " is as it was)" : ""));
        } else {
            err.println("error: training stopped at step " + last.step() + " before its end; " + (kept
                    ? "the last checkpoint in " + out + " is kept: continue with train --resume " + out + " --steps "
                    + plan.target() : "no checkpoint was saved"));
        }
        err.flush();
        return 1;
    }
}
