package ganexplorer.cli;

/** How a headless run ended; summary.json records the word. */
enum Ending {
    /** It reached --steps. */
    FINISHED("finished"),
    /** SIGTERM or Ctrl+C stopped it between two steps. */
    STOPPED("stopped"),
    /** A loss became NaN or infinite; it was rolled back to its last finite state. */
    DIVERGED("diverged"),
    /** The trainer failed: nothing of this run is trusted enough to save over the last checkpoint. */
    FAILED("failed");

    private final String word;

    Ending(String word) {
        this.word = word;
    }

    String word() {
        return word;
    }
}
