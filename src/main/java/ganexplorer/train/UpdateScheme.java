package ganexplorer.train;

/**
 * How the two players' updates are ordered. Alternating: the critic steps, then the generator steps against the
 * updated critic (the source texts' loop). Simultaneous: both gradients are taken at the same parameters, then both
 * are applied (with several critic steps, the last one is the one taken together with the generator's).
 */
public enum UpdateScheme {
    ALTERNATING, SIMULTANEOUS;

    /** As a user types it: alternating or simultaneous. */
    public static UpdateScheme parse(String name) {
        return switch (name.trim().toLowerCase()) {
            case "alternating", "alt" -> ALTERNATING;
            case "simultaneous", "sim" -> SIMULTANEOUS;
            default -> throw new IllegalArgumentException("unknown update scheme '" + name
                    + "'; choose alternating or simultaneous");
        };
    }

    public String id() {
        return name().toLowerCase();
    }
}
