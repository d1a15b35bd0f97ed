package ganexplorer.data;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Equal-weight isotropic Gaussians. A sample counts as near a mode within five standard deviations for
 * {@code modes_covered} (the PyTorch reference scripts' radius) and within three for the papers' {@code modes_3sd}
 * (see {@link ganexplorer.metrics.ModeCoverage}).
 */
public record GaussianMixture(String name, List<Point> centres, double std, Bounds bounds) implements ToyDistribution {
    /** Five sigma: the radius the PyTorch reference scripts use (0.1 for ring8). */
    public static final double MODE_RADIUS_IN_STD = 5;

    public GaussianMixture {
        centres = List.copyOf(centres);
        if (centres.isEmpty()) {
            throw new IllegalArgumentException("a mixture needs at least one centre");
        }
        if (!(std > 0)) {
            throw new IllegalArgumentException("std must be positive, got " + std);
        }
    }

    /** {@code count} Gaussians evenly spaced on a circle, the first on the positive x axis. */
    public static GaussianMixture ring(String name, int count, double radius, double std) {
        List<Point> centres = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            double a = 2 * Math.PI * k / count;
            centres.add(new Point(radius * Math.cos(a), radius * Math.sin(a)));
        }
        return new GaussianMixture(name, centres, std, Bounds.square(radius * 1.5));
    }

    /** A side x side grid of Gaussians centred on the origin. */
    public static GaussianMixture grid(String name, int side, double spacing, double std) {
        List<Point> centres = new ArrayList<>(side * side);
        double offset = (side - 1) * spacing / 2;
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                centres.add(new Point(i * spacing - offset, j * spacing - offset));
            }
        }
        return new GaussianMixture(name, centres, std, Bounds.square(offset + spacing));
    }

    @Override
    public void sample(int n, RandomGenerator rng, float[] out) {
        for (int i = 0; i < n; i++) {
            Point c = centres.get(rng.nextInt(centres.size()));
            out[2 * i] = (float) (c.x() + std * rng.nextGaussian());
            out[2 * i + 1] = (float) (c.y() + std * rng.nextGaussian());
        }
    }

    @Override
    public Modes modes() {
        // A single broad Gaussian has no modes worth counting.
        return centres.size() < 2 ? Modes.NONE : new Modes(centres, MODE_RADIUS_IN_STD * std, std);
    }
}
