package ganexplorer.train;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The trainer's newest notices, numbered in the order they were told. Told from the training thread and the metrics
 * worker, read by the publishing thread, so every method holds the lock.
 */
final class NoticeLog {
    private static final int KEPT = 20;

    private final Deque<Notice> kept = new ArrayDeque<>();
    private long sequence;

    synchronized Notice add(Notice.Severity severity, String text, long experiment) {
        Notice n = new Notice(++sequence, severity, text, experiment);
        kept.addLast(n);
        while (kept.size() > KEPT) {
            kept.removeFirst();
        }
        return n;
    }

    /** The sequence number of the newest notice (0 before the first). */
    synchronized long lastSequence() {
        return sequence;
    }

    /** The kept notices, oldest first. */
    synchronized List<Notice> list() {
        return List.copyOf(kept);
    }
}
