package ganexplorer.data;

/** A point in the plane. */
public record Point(double x, double y) {
    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a point needs finite coordinates, got (" + x + ", " + y + ")");
        }
    }

    public double distanceTo(double px, double py) {
        return Math.hypot(x - px, y - py);
    }
}
