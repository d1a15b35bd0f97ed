package ganexplorer.train;

/**
 * Observes a training run without the trainer knowing what it is for (CSV writer, console progress, tests).
 * Called on the trainer's or the metrics worker's thread: implementations hand work off rather than block.
 */
public interface TrainingListener {
    /** A metric row is complete; rows arrive in step order. */
    default void onRow(MetricRow row) {
    }

    default void onSwap(SwapEvent event) {
    }

    /** Something the user should read: a rollback after NaN, a rejected command, a saved checkpoint. */
    default void onNotice(Notice notice) {
        onMessage(notice.text());
    }

    /** The text of a notice, for listeners that only print. */
    default void onMessage(String message) {
    }
}
