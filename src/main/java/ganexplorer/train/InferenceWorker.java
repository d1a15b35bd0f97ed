package ganexplorer.train;

import ganexplorer.model.Network;
import ganexplorer.model.NetworkSpec;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs the generator for the latent views on a thread of its own, with its own copy of G's weights taken from a
 * snapshot, so moving a slider never waits for training and training never waits for the view. Requests are
 * latest-wins: while one is computed, newer ones replace each other and only the newest runs next. Results are
 * published like snapshots, for a frame loop to pick up.
 */
public final class InferenceWorker implements AutoCloseable {
    /** What to compute: G's weights (a snapshot's copy) and latent vectors, row by row. */
    public record Request(long id, NetworkSpec spec, float[] weights, float[] latents) {
        public int count() {
            return latents.length / spec.inputs();
        }
    }

    /** G's outputs for a request, row by row (spec.outputs() values per latent vector). */
    public record Result(long requestId, float[] outputs, int outputsPerRow) {
    }

    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<Result> latest = new AtomicReference<>();
    private final AtomicLong ids = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private final AtomicLong completed = new AtomicLong();
    private volatile String lastError = "";
    private Network generator;
    private float[] loadedWeights;

    public InferenceWorker() {
        thread = new Thread(this::loop, "gan-inference");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a request, replacing any that has not started; returns its id. Never blocks. */
    public long submit(NetworkSpec spec, float[] weights, float[] latents) {
        if (latents.length == 0 || latents.length % spec.inputs() != 0) {
            throw new IllegalArgumentException("latent vectors must have " + spec.inputs() + " values each, got " + latents.length + " values");
        }
        long id = ids.incrementAndGet();
        pending.set(new Request(id, spec, weights, latents.clone()));
        LockSupport.unpark(thread);
        return id;
    }

    /** For diagnostics: requests computed so far and the last failure, if any. */
    public String status() {
        return completed.get() + " results" + (lastError.isEmpty() ? "" : ", last error: " + lastError);
    }

    /** The newest finished result, or null. */
    public Result latest() {
        return latest.get();
    }

    private void loop() {
        while (running) {
            Request r = pending.getAndSet(null);
            if (r == null) {
                LockSupport.parkNanos(50_000_000L);
                continue;
            }
            try {
                latest.set(run(r));
                completed.incrementAndGet();
            } catch (RuntimeException | LinkageError e) {
                lastError = e.toString();
                latest.set(new Result(r.id(), new float[0], 0)); // a bad request must not stop the worker
            }
        }
    }

    private Result run(Request r) {
        if (generator == null || !generator.spec().equals(r.spec())) {
            generator = r.spec().build(DataType.FLOAT);
            loadedWeights = null;
        }
        if (r.weights() != loadedWeights) { // snapshots hand out fresh arrays, so identity tells a new copy
            generator.setParameters(r.weights());
            loadedWeights = r.weights();
        }
        float[] out = generator.infer(Nd4j.create(r.latents(), new long[] {r.count(), r.spec().inputs()}, 'c'))
                .data().asFloat();
        return new Result(r.id(), out, r.spec().outputs());
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
    }
}
