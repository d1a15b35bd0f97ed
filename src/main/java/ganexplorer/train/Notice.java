package ganexplorer.train;

/**
 * Something the user should read, as an event: a rolled-back divergence, a refused command, a saved checkpoint.
 * Views show a notice for its lifetime from when they first see it, coloured by its severity, so an old message
 * never comes back after it was dealt with.
 *
 * @param sequence   increases with every notice of a trainer: views tell new from seen by it
 * @param experiment the experiment it is about (see {@link Snapshot#experiment()})
 */
public record Notice(long sequence, Severity severity, String text, long experiment) {
    public enum Severity {
        INFO(8_000), SUCCESS(8_000), WARNING(30_000), ERROR(60_000);

        private final long lifetimeMillis;

        Severity(long lifetimeMillis) {
            this.lifetimeMillis = lifetimeMillis;
        }

        /** How long a view keeps showing a notice of this severity. */
        public long lifetimeMillis() {
            return lifetimeMillis;
        }
    }

    public Notice {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a notice needs a text");
        }
    }
}
