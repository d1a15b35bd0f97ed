package ganexplorer.train;

/**
 * The last finite training state, to go back to when a step diverges. Copying the whole state costs time (for a
 * DCGAN, megabytes of weights and optimizer moments), so it is kept after a step only when copying costs at most
 * a twentieth of the training time since the last copy: for the toy models that is every step.
 */
final class RollbackPoint {
    private static final int TRAINING_PER_COPY = 20;

    private SessionState state;
    private long copyNanos;
    private long sinceCopy;

    /** Keeps the session's state now, if it is finite. */
    void keep(Session session) {
        long t0 = System.nanoTime();
        SessionState now = session.capture();
        if (now.isFinite()) {
            state = now;
        }
        copyNanos = System.nanoTime() - t0;
        sinceCopy = 0;
    }

    /** Keeps the state after a step of {@code stepNanos} if enough training has passed since the last copy. */
    void keepIfDue(Session session, long stepNanos) {
        sinceCopy += stepNanos;
        if (sinceCopy >= TRAINING_PER_COPY * copyNanos) {
            keep(session);
        }
    }

    SessionState state() {
        return state;
    }
}
