package ganexplorer.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs an experiment headless on each of an expectation's seeds (two at a time, one native thread each: the machines
 * this is made for have two cores) and judges the histories by the expectation's checks. What the preset tests and a
 * teacher's {@code lesson --check} both do.
 */
public final class ExpectationRun {
    private static final long TIMEOUT_MINUTES = 30;

    private ExpectationRun() {
    }

    /** The verdict of {@code e} on {@code config} run for {@code e.steps()} steps on each of its seeds. */
    public static Expectation.Outcome judge(TrainingConfig config, Expectation e) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, e.seeds().size()));
        try {
            List<Future<List<MetricRow>>> runs = new ArrayList<>();
            for (long seed : e.seeds()) {
                runs.add(pool.submit(() -> history(config.withSeed(seed), e.steps())));
            }
            List<List<MetricRow>> histories = new ArrayList<>();
            for (Future<List<MetricRow>> run : runs) {
                histories.add(run.get());
            }
            return e.judge(histories);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking an expectation", ex);
        } catch (ExecutionException ex) {
            throw ex.getCause() instanceof RuntimeException r ? r : new IllegalStateException(ex.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The metric rows of one headless run of {@code steps} steps. */
    public static List<MetricRow> history(TrainingConfig config, long steps) throws InterruptedException {
        try (Trainer t = new Trainer(config, TrainerOptions.headless(1, steps))) {
            t.start();
            if (!t.awaitFinished(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                throw new IllegalStateException("a run of " + steps + " steps did not finish in " + TIMEOUT_MINUTES
                        + " minutes");
            }
            Snapshot last = t.latest();
            if (last.step() != steps) {
                throw new IllegalStateException("the run stopped at step " + last.step() + " of " + steps + ": "
                        + last.message());
            }
            return last.history();
        }
    }
}
