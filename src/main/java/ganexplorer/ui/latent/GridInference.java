package ganexplorer.ui.latent;

import ganexplorer.model.NetworkSpec;
import ganexplorer.train.InferenceWorker;
import ganexplorer.train.Pictures;
import java.util.TreeMap;

/**
 * Asks the inference worker for grids and hands back each new result once, as a frame that knows the inputs it came
 * from. Never blocks: the worker is latest-wins, so a result may skip requests, and older ones are forgotten.
 */
final class GridInference implements AutoCloseable {
    private final InferenceWorker worker = new InferenceWorker();
    private final TreeMap<Long, float[]> requested = new TreeMap<>(); // inputs of requests not yet answered, by id
    private long handedOut;

    /** A result not handed out before: its request, and its frame, or null if it held no whole grid (a failure). */
    record Polled(long requestId, GridFrame frame) {
    }

    long submit(NetworkSpec spec, float[] weights, float[] inputs) {
        long id = worker.submit(spec, weights, inputs);
        requested.put(id, inputs);
        return id;
    }

    /** The newest result if it is new, drawn against {@code pictures}; else null. */
    Polled poll(Pictures pictures) {
        InferenceWorker.Result r = worker.latest();
        if (r == null || r.requestId() == handedOut) {
            return null;
        }
        handedOut = r.requestId();
        float[] inputs = requested.get(r.requestId());
        requested.headMap(r.requestId(), true).clear();
        GridFrame f = inputs == null ? null : new GridFrame(pictures, r.outputs(), r.outputsPerRow(), inputs);
        return new Polled(r.requestId(), f != null && f.complete() ? f : null);
    }

    /** Drops the requests in flight (another generator): their results will be ignored. */
    void forget() {
        requested.clear();
    }

    String status() {
        return worker.status() + ", shown request " + handedOut;
    }

    @Override
    public void close() {
        worker.close();
    }
}
