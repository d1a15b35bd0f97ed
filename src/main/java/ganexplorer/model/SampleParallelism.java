package ganexplorer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits a batch's per-sample convolution work (unfolding, one matrix product per sample, folding) across threads.
 * A single sample's product is too small for OpenBLAS to split well, so the samples are split instead. The split
 * depends only on the thread count, so a run is reproducible for a given count.
 */
public final class SampleParallelism {
    private static volatile int threads = 1;
    private static volatile ExecutorService workers; // threads - 1 of them: the calling thread runs the first shard

    private SampleParallelism() {
    }

    /** Work on a contiguous range of samples [from, to); shard is 0 .. shards - 1, for per-shard scratch space. */
    @FunctionalInterface
    interface ShardTask {
        void run(int shard, int from, int to);
    }

    /** The thread count last set (1 until then), for the provenance of a run. */
    public static int threads() {
        return threads;
    }

    public static synchronized void setThreads(int n) {
        if (n < 1 || n > 256) {
            throw new IllegalArgumentException("threads must be between 1 and 256, got " + n);
        }
        if (n == threads) {
            return;
        }
        if (workers != null) {
            workers.shutdown();
            workers = null;
        }
        if (n > 1) {
            workers = Executors.newFixedThreadPool(n - 1, r -> {
                Thread t = new Thread(r, "gan-conv-worker");
                t.setDaemon(true);
                return t;
            });
        }
        threads = n;
    }

    /** How many shards a batch of this many samples is cut into. */
    static int shards(int samples) {
        return Math.max(1, Math.min(threads, samples));
    }

    /** Runs task on every shard of [0, samples) and returns when all are done; a failure in any shard is rethrown. */
    static void forEachShard(int samples, ShardTask task) {
        int k = shards(samples);
        ExecutorService pool = workers;
        if (k == 1 || pool == null) {
            task.run(0, 0, samples);
            return;
        }
        List<Future<?>> others = new ArrayList<>(k - 1);
        for (int s = 1; s < k; s++) {
            int shard = s;
            others.add(pool.submit(() -> task.run(shard, from(shard, k, samples), from(shard + 1, k, samples))));
        }
        RuntimeException failure = null;
        try {
            task.run(0, 0, from(1, k, samples));
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) {
                    failure = new IllegalStateException("interrupted while a convolution ran", e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static int from(int shard, int shards, int samples) {
        return (int) ((long) shard * samples / shards);
    }
}
