package ganexplorer.train;

/**
 * Spaces a running trainer's steps at most {@code rate} a second, so a model that trains thousands of steps a second
 * (the Dirac GAN) can be watched. After a pause or a slow step it goes on at once, one step late at most: no burst
 * of catching up (a step of slack absorbs one late step). Times are {@link System#nanoTime()} values; the trainer thread alone uses it.
 */
final class WatchPace {
    private double rate;
    private long next;

    /** Steps per second from now on; 0 for no limit. */
    void set(double stepsPerSecond) {
        rate = stepsPerSecond;
        next = Long.MIN_VALUE;
    }

    double rate() {
        return rate;
    }

    /** Nanoseconds to wait at {@code now} before the next step may run; 0 when it may run now. */
    long waitNanos(long now) {
        return rate > 0 && next != Long.MIN_VALUE ? Math.max(0, next - now) : 0;
    }

    /** A step began at {@code now}. */
    void stepped(long now) {
        if (rate > 0) {
            long period = Math.round(1e9 / rate);
            next = (next == Long.MIN_VALUE ? now : Math.max(next, now - period)) + period;
        }
    }
}
