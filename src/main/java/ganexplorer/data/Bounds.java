package ganexplorer.data;

/** An axis-aligned box in the plane: where a distribution's samples lie and its metrics' grids span. */
public record Bounds(double minX, double maxX, double minY, double maxY) {
    public Bounds {
        if (!(maxX > minX) || !(maxY > minY)) {
            throw new IllegalArgumentException("empty bounds [" + minX + ", " + maxX + "] x [" + minY + ", " + maxY + "]");
        }
    }

    public static Bounds square(double halfWidth) {
        return new Bounds(-halfWidth, halfWidth, -halfWidth, halfWidth);
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }
}
