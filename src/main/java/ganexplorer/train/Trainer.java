package ganexplorer.train;

import ganexplorer.data.ImageData;
import ganexplorer.data.ToyDistribution;
import ganexplorer.data.TrainingData;
import ganexplorer.metrics.SampleQualities;
import ganexplorer.metrics.SampleQuality;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The training thread. It alone owns the ND4J state; the world talks to it through {@link #send(Command)} and reads
 * {@link #latest()} immutable snapshots. Metrics that trust no critic (exact W1 and friends) are computed on a
 * separate worker from plain copies, so they never slow a step.
 */
public final class Trainer implements AutoCloseable {
    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final MetricHistory history = new MetricHistory();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final ExecutorService metricsWorker = Executors.newSingleThreadExecutor(r -> daemon(r, "gan-metrics"));
    private final TrainerOptions options;
    private final SessionState resumeFrom;
    private final Thread thread;

    private TrainingConfig config;
    private GanSession session;
    private SessionState lastGood;
    private RunState state = RunState.STARTING;
    private Command.StepSize pendingSize;
    private long pending;
    private int nextSwap;
    private final StepPictures pictures;
    private volatile String message = ""; // also set by the metrics worker
    private long trainingNanos;
    private long timedSteps;
    private long lastPublish;
    private int publishedRows;
    private volatile SessionState finalState;
    private long lastLoggedStep = -1;

    public Trainer(TrainingConfig config, TrainerOptions options) {
        this(config, options, null, List.of());
    }

    /** Continues from a checkpointed state with its metric history. */
    public Trainer(TrainingConfig config, TrainerOptions options, SessionState resumeFrom, List<MetricRow> pastRows) {
        this.config = config;
        this.options = options;
        this.resumeFrom = resumeFrom;
        this.pictures = new StepPictures(options);
        pastRows.forEach(history::append);
        this.thread = daemon(this::run, "gan-trainer");
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    public void addListener(TrainingListener listener) {
        listeners.add(listener);
    }

    public void start() {
        thread.start();
    }

    public void send(Command command) {
        commands.add(command);
    }

    /** The newest snapshot, or null before the first one. Never blocks. */
    public Snapshot latest() {
        return latest.get();
    }

    /** Waits until the run reached its step limit or stopped; true if it did within the timeout. */
    public boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    /** Training steps per second, counting only time spent in steps (not metrics or snapshots). */
    public double stepsPerSecond() {
        return trainingNanos == 0 ? 0 : timedSteps / (trainingNanos / 1e9);
    }

    @Override
    public void close() {
        send(new Command.Shutdown());
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            if (options.yieldToWindow()) {
                // On two cores, training and the exact W1 would otherwise take the time the window needs for a frame.
                BackgroundPriority.lowerCurrentThread();
                metricsWorker.execute(BackgroundPriority::lowerCurrentThread);
            }
            NativeThreads.configure(options.threads());
            session = new GanSession(config);
            if (resumeFrom != null) {
                session.restore(resumeFrom);
                skipPastSwaps();
            }
            lastGood = session.capture();
            state = options.runOnStart() ? RunState.RUNNING : RunState.PAUSED;
            evaluate(session.lastStats());
            publish();
            loop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            state = RunState.STOPPED;
            tell("Training stopped: " + e + ". Your settings are kept; press Reset to start again.");
            publishQuietly();
        } finally {
            metricsWorker.shutdown();
            try {
                metricsWorker.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (state != RunState.STOPPED) {
                state = state == RunState.FINISHED ? RunState.FINISHED : RunState.STOPPED;
            }
            publishQuietly();
            captureFinalState();
            finished.countDown();
        }
    }

    private void loop() throws InterruptedException {
        while (true) {
            boolean idle = state != RunState.RUNNING && pending == 0;
            Command c = idle ? commands.poll(50, TimeUnit.MILLISECONDS) : commands.poll();
            while (c != null) {
                if (c instanceof Command.Shutdown) {
                    return;
                }
                apply(c);
                c = commands.poll();
            }
            if (options.stepLimit() > 0 && session.step() >= options.stepLimit()) {
                if (state != RunState.FINISHED) {
                    finishRun();
                }
                return;
            }
            if (state == RunState.RUNNING || pending > 0) {
                work();
            }
            long now = System.nanoTime();
            boolean changed = state == RunState.RUNNING || pending > 0 || history.view().size() != publishedRows;
            if (changed && now - lastPublish >= options.snapshotMillis() * 1_000_000L) {
                publish(); // while paused, only a late metric row makes a new snapshot
            }
        }
    }

    private void work() {
        applyDueSwaps();
        Command.StepSize size = pending > 0 ? pendingSize : Command.StepSize.ITERATION;
        if (size != Command.StepSize.ITERATION) {
            // Half steps are for looking closely: no timing, no log row, an immediate snapshot.
            if (size == Command.StepSize.CRITIC_UPDATE) {
                session.criticUpdate();
            } else {
                session.generatorUpdate();
            }
            pending--;
            evaluate(session.lastStats());
            publish();
            return;
        }
        boolean logNow = (session.step() + 1) % config.logEvery() == 0
                || (options.stepLimit() > 0 && session.step() + 1 >= options.stepLimit());
        long t0 = System.nanoTime();
        IterationStats stats = session.iterate(logNow);
        trainingNanos += System.nanoTime() - t0;
        timedSteps++;
        if (pending > 0) {
            pending--;
        }
        if (!stats.isFinite()) {
            rollBack(stats);
            return;
        }
        if (logNow) {
            evaluate(stats);
            logRow(stats);
        } else if (pictures.refreshDue()) {
            evaluate(null);
        }
        if (pending == 0 && state != RunState.RUNNING) {
            publish();
        }
    }

    private void apply(Command c) {
        try {
            if (c instanceof Command.Start) {
                state = RunState.RUNNING;
            } else if (c instanceof Command.Pause) {
                state = RunState.PAUSED;
                pending = 0;
            } else if (c instanceof Command.Step s) {
                state = RunState.PAUSED;
                pendingSize = s.size();
                pending = s.count();
            } else if (c instanceof Command.SwapObjective s) {
                swap(s.objective());
            } else if (c instanceof Command.SetHyperparameters h) {
                session.setHyperparameters(h.hyperparameters());
                config = config.withHyperparameters(h.hyperparameters());
            } else if (c instanceof Command.ChangeDataset d) {
                restart(config.withDataset(d.name(), d.points()));
            } else if (c instanceof Command.NewExperiment n) {
                restart(n.config());
            } else if (c instanceof Command.Reset r) {
                restart(config.withSeed(r.seed()));
            } else if (c instanceof Command.SaveCheckpoint s) {
                Checkpoint.save(s.directory(), config, session.capture(), history.view());
                tell("Checkpoint saved at step " + session.step() + " in " + s.directory());
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            tell(e.getMessage());
        }
        publish();
    }

    private void swap(String objective) {
        String before = session.objective().id();
        session.swapObjective(objective);
        if (!before.equals(session.objective().id())) {
            SwapEvent event = session.events().get(session.events().size() - 1);
            listeners.forEach(l -> l.onSwap(event));
        }
    }

    private void applyDueSwaps() {
        List<ScheduledSwap> swaps = config.swaps();
        while (nextSwap < swaps.size() && swaps.get(nextSwap).step() <= session.step()) {
            swap(swaps.get(nextSwap++).objective());
        }
    }

    private void skipPastSwaps() {
        while (nextSwap < config.swaps().size() && config.swaps().get(nextSwap).step() < session.step()) {
            nextSwap++;
        }
    }

    private void restart(TrainingConfig next) {
        GanSession fresh = new GanSession(next);
        config = next;
        session = fresh;
        lastGood = session.capture();
        history.clear();
        lastLoggedStep = -1;
        nextSwap = 0;
        trainingNanos = 0;
        timedSteps = 0;
        evaluate(null);
    }

    private void rollBack(IterationStats bad) {
        long failedAt = bad.step();
        session.restore(lastGood);
        state = RunState.PAUSED;
        pending = 0;
        tell("Training diverged at step " + failedAt + " (a loss or gradient became NaN or infinite). Rolled back to step "
                + session.step() + " and paused: lower the learning rates or choose a steadier objective, then press Start.");
        evaluate(null);
        publish();
    }

    private void finishRun() {
        if (lastLoggedStep != session.step()) {
            IterationStats stats = session.lastStats();
            if (stats != null) {
                evaluate(stats);
                logRow(stats);
            }
        }
        state = RunState.FINISHED;
        publish();
    }

    /** Draws this step's pictures (for a metric row when stats is given); remembers the state as good if it is finite. */
    private void evaluate(IterationStats stats) {
        pictures.draw(session, config.evalSamples(), stats != null);
        if (stats != null) {
            SessionState now = session.capture();
            if (now.isFinite()) {
                lastGood = now;
            }
        }
    }

    private void logRow(IterationStats stats) {
        lastLoggedStep = stats.step();
        EvaluationSample sample = pictures.sample();
        TrainingData data = session.data();
        String objective = session.objective().id();
        metricsWorker.execute(() -> {
            SampleQuality quality;
            try {
                quality = SampleQualities.measure(sample.real(), sample.fake(), sample.fakeLabels(), data);
            } catch (RuntimeException e) {
                // a metric that fails must say so, not leave a silent gap in the history
                tell("Could not measure step " + stats.step() + ": " + e.getMessage() + ". Training goes on.");
                return;
            }
            MetricRow row = new MetricRow(stats.step(), objective, stats.criticLoss(), stats.generatorLoss(),
                    sample.criticEstimate(), stats.generatorGradNorm(), stats.criticGradNorm(), quality);
            history.append(row);
            listeners.forEach(l -> l.onRow(row));
        });
    }

    private void tell(String text) {
        message = text;
        listeners.forEach(l -> l.onMessage(text));
    }

    /** The exact training state when the thread ended (for a final checkpoint), or null before that. */
    public SessionState finalState() {
        return finalState;
    }

    private void captureFinalState() {
        try {
            if (session != null) {
                finalState = session.capture();
            }
        } catch (RuntimeException ignored) {
            // nothing to save
        }
    }

    private void publishQuietly() {
        try {
            publish();
        } catch (RuntimeException ignored) {
            // the state may be unusable after a crash; the previous snapshot stays
        }
    }

    private void publish() {
        lastPublish = System.nanoTime();
        publishedRows = history.view().size();
        if (session == null) {
            return;
        }
        EvaluationSample e = pictures.sample();
        TrainingData data = session.data();
        ToyDistribution toy = data instanceof ToyDistribution t ? t : null;
        latest.set(new Snapshot(session.step(), state, session.objective().id(), session.hyperparameters(),
                data.name(), message, history.view(), session.events(), session.lastStats(),
                e == null ? new float[0] : e.real(), e == null ? new float[0] : e.fake(),
                toy == null ? null : toy.bounds(), toy == null ? null : toy.modes(),
                data instanceof ImageData images ? images.shape() : null,
                pictures.heatmap(), options.heatmapResolution(), pictures.manifold(), StepPictures.MANIFOLD_SIDE,
                pictures.push(),
                session.generatorSpec(), config.architecture().prior(), session.classes(), session.generatorWeights(), stepsPerSecond()));
    }
}
