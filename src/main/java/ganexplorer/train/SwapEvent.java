package ganexplorer.train;

/** The objective changed from {@code from} to {@code to} before generator step {@code step}; charts draw it as a marker. */
public record SwapEvent(long step, String from, String to) {
}
