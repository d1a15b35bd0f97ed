package ganexplorer.data;

import java.util.List;
import java.util.random.RandomGenerator;

/** A user-given set of points (drawn on the plane): samples are the points themselves plus a little jitter. */
public record PointSet(List<Point> points, double jitter) implements ToyDistribution {
    public PointSet {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a point set needs at least one point: draw or load some first");
        }
        if (!(jitter >= 0) || !Double.isFinite(jitter)) {
            throw new IllegalArgumentException("jitter must be a finite non-negative number, got " + jitter);
        }
    }

    @Override
    public String name() {
        return "points";
    }

    @Override
    public void sample(int n, RandomGenerator rng, float[] out) {
        for (int i = 0; i < n; i++) {
            Point p = points.get(rng.nextInt(points.size()));
            out[2 * i] = (float) (p.x() + jitter * rng.nextGaussian());
            out[2 * i + 1] = (float) (p.y() + jitter * rng.nextGaussian());
        }
    }

    @Override
    public Bounds bounds() {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        double margin = Math.max(0.5, 0.25 * Math.max(maxX - minX, maxY - minY));
        return new Bounds(minX - margin, maxX + margin, minY - margin, maxY + margin);
    }
}
