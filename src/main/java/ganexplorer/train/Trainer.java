package ganexplorer.train;

import ganexplorer.objective.BceMinimax;
import ganexplorer.objective.BceNonSaturating;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The training thread. It alone owns the ND4J state; the world talks to it through {@link #send(Command)} and reads
 * {@link #latest()} immutable snapshots. Metrics that trust no critic (exact W1 and friends) are computed on a
 * separate worker from plain copies, so they never slow a step. Every command that starts a new experiment gives it a
 * new id, which its snapshots, rows and notices carry (docs/DESIGN.md, "Data flows").
 */
public final class Trainer implements AutoCloseable {

    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final NoticeLog notices = new NoticeLog();
    private final RunawayWatch runaway = new RunawayWatch();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final MetricsWorker metrics;
    private final TrainerOptions options;
    private final SessionState resumeFrom;
    private final List<MetricRow> pastRows;
    private final Thread thread;
    private final StepPictures pictures;
    private final RollbackPoint rollback = new RollbackPoint();
    private final WatchPace pace = new WatchPace();

    private TrainingConfig config;
    private Session session;
    private volatile long experiment = 1;
    private long pauseAt = -1;
    private RunState state = RunState.STARTING;
    private Command.StepSize pendingSize;
    private long pending;
    private int nextSwap;
    private long trainingNanos;
    private long timedSteps;
    private long lastPublish;
    private int publishedRows;
    private long publishedNotice;
    private volatile SessionState finalState;
    private long lastLoggedStep = -1;
    /** The critic's weights at the last logged step (or the start): a histogram is cheap only every few steps. */
    private CriticWeights criticWeights = CriticWeights.NONE;
    private static final int WEIGHT_BINS = 41;
    private long skippedRows;

    public Trainer(TrainingConfig config, TrainerOptions options) {
        this(config, options, null, List.of());
    }

    /** Continues from a checkpointed state with its metric history. */
    public Trainer(TrainingConfig config, TrainerOptions options, SessionState resumeFrom, List<MetricRow> pastRows) {
        this(config, options, resumeFrom, pastRows, MetricsWorker.production());
    }

    /** With a measurement of the caller's own (tests: a slow or failing one). */
    Trainer(TrainingConfig config, TrainerOptions options, SessionState resumeFrom, List<MetricRow> pastRows,
            MetricsWorker.Measure measure) {
        this.config = config;
        this.options = options;
        this.resumeFrom = resumeFrom;
        this.pastRows = List.copyOf(pastRows);
        this.pictures = new StepPictures(options);
        this.metrics = new MetricsWorker(measure, new MetricsWorker.Sink() {
            @Override
            public void row(MetricRow row) {
                listeners.forEach(l -> l.onRow(row));
            }

            @Override
            public void failed(long id, String message) {
                tell(Notice.Severity.WARNING, message, id);
            }
        });
        metrics.startExperiment(experiment, this.pastRows);
        Thread t = new Thread(this::run, "gan-trainer");
        t.setDaemon(true);
        this.thread = t;
    }

    public void addListener(TrainingListener listener) {
        listeners.add(listener);
    }

    public void start() {
        NativeHeapTrim.startOnce();
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

    /** The app draws pictures and must never wait for a metric; a headless run keeps every row. */
    private boolean interactive() {
        return options.viewMillis() > 0;
    }

    private void run() {
        try {
            if (options.yieldToWindow()) {
                // On two cores, training and the exact W1 would otherwise take the time the window needs for a frame.
                BackgroundPriority.lowerCurrentThread();
                metrics.runOnWorker(BackgroundPriority::lowerCurrentThread);
            }
            NativeThreads.configure(options.threadsFor(config, Runtime.getRuntime().availableProcessors()));
            session = Session.open(config);
            if (resumeFrom != null) {
                session.restore(resumeFrom);
                skipPastSwaps();
            }
            rollback.keep(session);
            pace.set(options.paced() ? session.watchPace() : 0);
            state = options.runOnStart() ? RunState.RUNNING : RunState.PAUSED;
            criticWeights = session.criticWeights(WEIGHT_BINS);
            evaluate(session.lastStats());
            publish();
            loop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            state = RunState.STOPPED;
            tell(Notice.Severity.ERROR, "Training stopped: " + e + ". The settings are kept; start a new experiment "
                    + "(or reset) to go on.", experiment);
            publishQuietly();
        } finally {
            try {
                // a headless run's last rows are its results: wait for them (the queue is short)
                metrics.finish(interactive() ? 2 : 3_600, TimeUnit.SECONDS);
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
            // only running is paced: a step the user asks for comes at once
            long wait = pending == 0 ? pace.waitNanos(System.nanoTime()) : 0;
            Command c = idle ? commands.poll(50, TimeUnit.MILLISECONDS)
                    : wait > 0 ? commands.poll(wait, TimeUnit.NANOSECONDS) : commands.poll();
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
            if (pending > 0) {
                work();
            } else if (state == RunState.RUNNING && pace.waitNanos(System.nanoTime()) == 0) {
                pace.stepped(System.nanoTime());
                work();
            }
            long now = System.nanoTime();
            boolean changed = state == RunState.RUNNING || pending > 0 || metrics.view().size() != publishedRows
                    || notices.lastSequence() != publishedNotice;
            if (changed && now - lastPublish >= options.snapshotMillis() * 1_000_000L) {
                publish(); // while paused, only a late metric row or notice makes a new snapshot
            }
        }
    }

    private void work() throws InterruptedException {
        applyDueSwaps();
        Command.StepSize size = pending > 0 ? pendingSize : Command.StepSize.ITERATION;
        if (size != Command.StepSize.ITERATION) {
            // Half steps are for looking closely: no timing, no log row, an immediate snapshot.
            session.halfStep(size);
            pending--;
            evaluate(null);
            publish();
            return;
        }
        boolean logNow = (session.step() + 1) % config.logEvery() == 0
                || (options.stepLimit() > 0 && session.step() + 1 >= options.stepLimit());
        long t0 = System.nanoTime();
        IterationStats stats = session.iterate(logNow);
        long stepNanos = System.nanoTime() - t0;
        trainingNanos += stepNanos;
        timedSteps++;
        if (pending > 0) {
            pending--;
        }
        if (!stats.isFinite()) {
            rollBack(stats.step(), "a loss or gradient became NaN or infinite");
            return;
        }
        if (logNow) {
            evaluate(stats);
            if (!pictures.sample().isFinite()) {
                rollBack(stats.step(), "a generated sample became NaN or infinite");
                return;
            }
            String warning = runaway.check(pictures.pictures());
            if (warning != null) {
                tell(Notice.Severity.WARNING, warning, experiment);
            }
            logRow(stats);
        } else if (pictures.refreshDue()) {
            evaluate(null);
        }
        rollback.keepIfDue(session, stepNanos);
        pauseIfDue();
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
            } else if (c instanceof Command.PauseAt p) {
                pauseAt = p.step();
                pauseIfDue();
            } else if (c instanceof Command.Step s) {
                state = RunState.PAUSED;
                pendingSize = s.size();
                pending = s.count();
            } else if (c instanceof Command.SwapObjective s) {
                swap(s.objective());
            } else if (c instanceof Command.SetHyperparameters h) {
                session.setHyperparameters(h.hyperparameters());
                config = config.withHyperparameters(h.hyperparameters());
                rollback.keep(session); // a divergence after new settings goes back to them, not to the old ones
            } else if (c instanceof Command.ChangeDataset d) {
                restart(config.withDataset(d.name(), d.points()));
            } else if (c instanceof Command.NewExperiment n) {
                restart(n.config());
            } else if (c instanceof Command.Resume r) {
                restart(r.config(), r.state(), r.history());
            } else if (c instanceof Command.Reset r) {
                restart(config.withSeed(r.seed()));
            } else if (c instanceof Command.SaveCheckpoint s) {
                Checkpoint.save(s.directory(), config, session.capture(), metrics.view());
                tell(Notice.Severity.SUCCESS, "Checkpoint saved at step " + session.step() + " in " + s.directory(),
                        experiment);
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            tell(Notice.Severity.ERROR, e.getMessage(), experiment);
        }
        publish();
    }

    /** A requested pause step reached: training stops there (single steps past it are the user's own). */
    private void pauseIfDue() {
        if (pauseAt >= 0 && session.step() >= pauseAt) {
            pauseAt = -1;
            if (state == RunState.RUNNING) {
                state = RunState.PAUSED;
            }
        }
    }

    private void swap(String objective) {
        String before = session.objective().id();
        session.swapObjective(objective);
        if (!before.equals(session.objective().id())) {
            List<SwapEvent> events = session.events();
            SwapEvent event = events.get(events.size() - 1);
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
        restart(next, null, List.of());
    }

    /** A new experiment, fresh or continued from {@code from} with its history. */
    private void restart(TrainingConfig next, SessionState from, List<MetricRow> history) {
        Session fresh = Session.open(next); // may refuse the experiment: then the running one goes on untouched
        if (from != null) {
            try {
                fresh.restore(from);
            } catch (RuntimeException e) { // a state that does not fit: refused like a bad experiment
                throw new IllegalArgumentException("the checkpoint's state does not fit its experiment (" + e.getMessage()
                        + "); the running experiment goes on", e);
            }
        }
        NativeThreads.configure(options.threadsFor(next, Runtime.getRuntime().availableProcessors()));
        config = next;
        session = fresh;
        experiment++;
        metrics.startExperiment(experiment, history);
        rollback.keep(session);
        pace.set(options.paced() ? session.watchPace() : 0);
        lastLoggedStep = -1;
        pauseAt = -1;
        nextSwap = 0;
        skipPastSwaps();
        trainingNanos = 0;
        timedSteps = 0;
        skippedRows = 0;
        runaway.reset();
        criticWeights = session.criticWeights(WEIGHT_BINS);
        evaluate(null);
    }

    private void rollBack(long failedAt, String what) {
        session.restore(rollback.state());
        state = RunState.PAUSED;
        pending = 0;
        tell(Notice.Severity.ERROR, "Training diverged at step " + failedAt + " (" + what + "). Rolled back to step "
                + session.step() + " and paused. Lower the learning rates or choose a steadier objective before "
                + "going on.", experiment);
        evaluate(null);
        publish();
    }

    private void finishRun() throws InterruptedException {
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

    /** Draws this step's pictures (for a metric row when stats is given). */
    private void evaluate(IterationStats stats) {
        pictures.draw(session, config.evalSamples(), stats != null);
    }

    private void logRow(IterationStats stats) throws InterruptedException {
        lastLoggedStep = stats.step();
        EvaluationSample sample = pictures.sample();
        criticWeights = session.criticWeights(WEIGHT_BINS);
        // D(x) and D(G(z)) as probabilities mean something only where the critic is trained as a classifier
        boolean bce = session.objective() instanceof BceMinimax || session.objective() instanceof BceNonSaturating;
        MetricRow row = new MetricRow(experiment, stats.step(), session.objective().id(), stats.criticLoss(),
                stats.generatorLoss(), sample.criticEstimate(), stats.generatorGradNorm(), stats.criticGradNorm(), null,
                bce ? sample.criticSigmoidReal() : Double.NaN, bce ? sample.criticSigmoidFake() : Double.NaN,
                criticWeights.atMaxShare(), criticWeights.depthSlope());
        if (!metrics.submit(row, sample, session.data(), !interactive())) {
            skippedRows++;
            if (skippedRows == 1 || skippedRows % 100 == 0) {
                tell(Notice.Severity.INFO, "Measuring could not keep up with training: " + skippedRows + " metric "
                        + (skippedRows == 1 ? "row was" : "rows were") + " skipped (the charts have a gap).", experiment);
            }
        }
    }

    /** A notice for the user; one about an experiment that has ended is dropped. */
    private void tell(Notice.Severity severity, String text, long about) {
        if (about != experiment) {
            return;
        }
        Notice n = notices.add(severity, text, about);
        listeners.forEach(l -> l.onNotice(n));
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
        List<MetricRow> rows = metrics.view();
        publishedRows = rows.size();
        publishedNotice = notices.lastSequence();
        List<Notice> told = notices.list();
        if (session == null || pictures.pictures() == null) {
            return;
        }
        latest.set(new Snapshot(experiment, session.step(), state, config, session.objective(),
                session.hyperparameters(), told, rows, session.events(), session.lastStats(), pictures.pictures(),
                session.generatorCopy(), shownStepsPerSecond(), criticWeights));
    }

    /** The steps a second training makes: its own speed, or the pace when that holds it back. */
    private double shownStepsPerSecond() {
        double own = stepsPerSecond();
        return pace.rate() > 0 ? Math.min(own, pace.rate()) : own;
    }
}
