package ganexplorer.train;

import ganexplorer.data.TrainingData;
import ganexplorer.metrics.SampleQualities;
import ganexplorer.metrics.SampleQuality;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Measures evaluation samples off the training thread and owns the metric history they go into. Each job carries
 * the experiment it was measured for; a row that finishes after a new experiment started is dropped, so no number
 * of one experiment ever shows in another's history. Queued jobs are bounded: a headless run waits for the worker
 * rather than lose rows, the app skips a row (and says so) rather than fall behind.
 */
final class MetricsWorker {
    /** The measurement itself: the production one, or a slow or failing one in tests. */
    interface Measure {
        SampleQuality measure(float[] real, float[] fake, int[] fakeLabels, TrainingData data);
    }

    /** A row is done (in step order), or could not be measured. Called on the worker thread. */
    interface Sink {
        void row(MetricRow row);

        void failed(long experiment, String message);
    }

    static final int MAX_QUEUED = 4;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gan-metrics");
        t.setDaemon(true);
        return t;
    });
    private final MetricHistory history = new MetricHistory();
    private final AtomicInteger queued = new AtomicInteger();
    private final Measure measure;
    private final Sink sink;
    private volatile long experiment;

    MetricsWorker(Measure measure, Sink sink) {
        this.measure = measure;
        this.sink = sink;
    }

    static Measure production() {
        return SampleQualities::measure;
    }

    /** Runs {@code task} on the worker thread first (e.g. to lower its priority). */
    void runOnWorker(Runnable task) {
        executor.execute(task);
    }

    /** From now on only rows of {@code id} count; the history starts over with {@code pastRows} (a resumed run's). */
    void startExperiment(long id, List<MetricRow> pastRows) {
        synchronized (history) {
            experiment = id;
            history.clear();
            pastRows.forEach(r -> history.append(r.withExperiment(id)));
        }
    }

    List<MetricRow> view() {
        return history.view();
    }

    /** Jobs queued or running. */
    int queued() {
        return queued.get();
    }

    /**
     * Queues the measurement of {@code sample} for {@code row} (whose quality is filled in). When the queue is full
     * it waits if {@code waitWhenFull}, else returns false and the row is not measured.
     */
    boolean submit(MetricRow row, EvaluationSample sample, TrainingData data, boolean waitWhenFull)
            throws InterruptedException {
        while (queued.get() >= MAX_QUEUED) {
            if (!waitWhenFull) {
                return false;
            }
            Thread.sleep(2);
        }
        queued.incrementAndGet();
        executor.execute(() -> {
            try {
                measureAndAppend(row, sample, data);
            } finally {
                queued.decrementAndGet();
            }
        });
        return true;
    }

    private void measureAndAppend(MetricRow row, EvaluationSample sample, TrainingData data) {
        if (row.experiment() != experiment) {
            return; // its experiment has ended: measuring it would only cost time
        }
        SampleQuality quality;
        try {
            quality = sample.exact() != null ? sample.exact()
                    : measure.measure(sample.real(), sample.fake(), sample.fakeLabels(), data);
        } catch (RuntimeException e) {
            if (row.experiment() == experiment) {
                // a metric that fails must say so, not leave a silent gap in the history
                sink.failed(row.experiment(), "Could not measure step " + row.step() + ": " + e.getMessage()
                        + ". Training goes on.");
            }
            return;
        }
        MetricRow measured = row.withQuality(quality);
        synchronized (history) {
            if (measured.experiment() != experiment) {
                return; // a new experiment started while this one was measured
            }
            history.append(measured);
        }
        sink.row(measured);
    }

    /** Stops taking jobs and waits until the queued ones are done; true if they were within the timeout. */
    boolean finish(long timeout, TimeUnit unit) throws InterruptedException {
        executor.shutdown();
        return executor.awaitTermination(timeout, unit);
    }
}
