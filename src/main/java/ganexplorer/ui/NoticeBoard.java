package ganexplorer.ui;

import ganexplorer.train.Notice;
import ganexplorer.train.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Which notice the window shows now: the newest one still within its lifetime, from the trainer (through the
 * snapshot, only those of the running experiment) or from the window itself (a refused value, a saved picture).
 * A notice is shown from when the window first sees it; dismissing ends every notice seen so far, so an old message
 * never comes back. No Nodes: the views bind to {@link #current()}.
 */
public final class NoticeBoard {
    /** A notice and when the window first saw it; {@code local} when the window made it. */
    record Seen(Notice notice, long seenAtMillis, boolean local) {
    }

    private final LongSupplier clock;
    private final List<Seen> seen = new ArrayList<>();
    private long lastTrainerSequence;
    private long localSequence;
    private long dismissedAt = Long.MIN_VALUE;

    public NoticeBoard(LongSupplier clockMillis) {
        this.clock = clockMillis;
    }

    /** Takes in the snapshot's notices that are new, of its own experiment. */
    public void take(Snapshot s) {
        for (Notice n : s.notices()) {
            if (n.sequence() > lastTrainerSequence) {
                lastTrainerSequence = n.sequence();
                if (n.experiment() == s.experiment()) {
                    add(new Seen(n, clock.getAsLong(), false));
                }
            }
        }
    }

    /** A notice of a control of the window's own, shown beside the controls and in the status line. */
    public void post(Notice.Severity severity, String text) {
        add(new Seen(new Notice(++localSequence, severity, text, 0), clock.getAsLong(), true));
    }

    /** A notice about the window as a whole (a saved picture), shown in the status line only. */
    public void announce(Notice.Severity severity, String text) {
        add(new Seen(new Notice(++localSequence, severity, text, 0), clock.getAsLong(), false));
    }

    /** Ends every notice seen so far (the user dealt with it: a setting was applied, a new experiment chosen). */
    public void dismiss() {
        dismissedAt = clock.getAsLong();
        seen.clear();
    }

    /** The newest live notice, or null. */
    public Notice current() {
        Seen s = newest(false);
        return s == null ? null : s.notice();
    }

    /** The newest live notice the window made itself (shown beside the control that caused it), or null. */
    public Notice currentLocal() {
        Seen s = newest(true);
        return s == null ? null : s.notice();
    }

    private Seen newest(boolean localOnly) {
        long now = clock.getAsLong();
        for (int i = seen.size() - 1; i >= 0; i--) {
            Seen s = seen.get(i);
            if ((!localOnly || s.local()) && now - s.seenAtMillis() < s.notice().severity().lifetimeMillis()) {
                return s;
            }
        }
        return null;
    }

    private void add(Seen s) {
        if (s.seenAtMillis() < dismissedAt) {
            return;
        }
        seen.add(s);
        if (seen.size() > 50) {
            seen.remove(0);
        }
    }
}
