package ganexplorer.data;

import java.util.List;

/**
 * The modes of a distribution for the coverage metrics: a sample belongs to a mode when it lies within
 * {@code radius} of the mode's centre (five standard deviations for a Gaussian mixture: today's
 * {@code modes_covered}); {@code std} is the standard deviation of each mode, behind the papers' three-sigma metric
 * ({@code modes_3sd}), or NaN when the modes are not Gaussians. Distributions without distinct modes have none.
 */
public record Modes(List<Point> centres, double radius, double std) {
    public static final Modes NONE = new Modes(List.of(), 0, Double.NaN);

    public Modes {
        centres = List.copyOf(centres);
        if (!centres.isEmpty() && !(radius > 0)) {
            throw new IllegalArgumentException("mode radius must be positive, got " + radius);
        }
        if (!Double.isNaN(std) && !(std > 0)) {
            throw new IllegalArgumentException("mode standard deviation must be positive (or NaN: not Gaussian), got " + std);
        }
    }

    /** Modes that are not Gaussians: no standard deviation, so no three-sigma metric. */
    public Modes(List<Point> centres, double radius) {
        this(centres, radius, Double.NaN);
    }

    public int count() {
        return centres.size();
    }
}
