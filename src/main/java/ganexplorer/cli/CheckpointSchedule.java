package ganexplorer.cli;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * When a running run writes its checkpoint: every so many steps, or every so much wall time. A kill -9 then loses at
 * most that much training. Parsed from --checkpoint-every: {@code 500} (steps), {@code 60s} or {@code 5m}.
 */
record CheckpointSchedule(long everySteps, long everyNanos) {
    static final String DEFAULT = "60s";

    CheckpointSchedule {
        if ((everySteps > 0) == (everyNanos > 0)) {
            throw new IllegalArgumentException("a checkpoint schedule counts steps or time, not both");
        }
    }

    static CheckpointSchedule parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("s") || t.endsWith("m")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                if (n >= 1 && n <= 24 * 60 * 60) {
                    return new CheckpointSchedule(0, (t.endsWith("m") ? TimeUnit.MINUTES : TimeUnit.SECONDS).toNanos(n));
                }
            } else {
                long n = Long.parseLong(t);
                if (n >= 1) {
                    return new CheckpointSchedule(n, 0);
                }
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--checkpoint-every takes a number of steps (e.g. 500) or a time (e.g. 30s, 5m); got '"
                + text + "'");
    }

    /** Whether a checkpoint is due, this many steps and nanoseconds after the last one. */
    boolean due(long stepsSince, long nanosSince) {
        if (stepsSince <= 0) {
            return false; // nothing new to save
        }
        return everySteps > 0 ? stepsSince >= everySteps : nanosSince >= everyNanos;
    }

    String describe() {
        return everySteps > 0 ? everySteps + " steps" : TimeUnit.NANOSECONDS.toSeconds(everyNanos) + " s";
    }
}
