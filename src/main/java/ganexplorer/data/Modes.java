package ganexplorer.data;

import java.util.List;

/**
 * The modes of a distribution for the coverage metrics: a sample belongs to a mode when it lies within
 * {@code radius} of the mode's centre. Distributions without distinct modes have none.
 */
public record Modes(List<Point> centres, double radius) {
    public static final Modes NONE = new Modes(List.of(), 0);

    public Modes {
        centres = List.copyOf(centres);
        if (!centres.isEmpty() && !(radius > 0)) {
            throw new IllegalArgumentException("mode radius must be positive, got " + radius);
        }
    }

    public int count() {
        return centres.size();
    }
}
