package ganexplorer.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGTERM and Ctrl+C during a run: a shutdown hook that asks the run to stop between two steps and then holds the
 * JVM open until the run has written its checkpoint and summary ({@link #close()}). All writing stays on the run's
 * own thread; the hook only asks and waits.
 */
final class SignalStop implements AutoCloseable {
    /** Long enough for the last metric rows of an image run to be measured and the files written. */
    private static final long WAIT_SECONDS = 120;

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "gan-explorer-signal");

    SignalStop() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private void stopAndWait() {
        requested.countDown();
        try {
            written.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean requested() {
        return requested.getCount() == 0;
    }

    /** The run's files are written: the JVM may end now, and a later signal no longer concerns this run. */
    @Override
    public void close() {
        written.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already: the hook is running and returns now
        }
    }
}
