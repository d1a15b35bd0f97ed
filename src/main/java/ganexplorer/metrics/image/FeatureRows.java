package ganexplorer.metrics.image;

/** n points of dimension dim, stored row-major in {@code values}. */
public record FeatureRows(int n, int dim, float[] values) {
    public FeatureRows {
        if (n < 1 || dim < 1) {
            throw new IllegalArgumentException("a point set needs at least one point of dimension >= 1, got " + n + " x " + dim);
        }
        if (values.length != (long) n * dim) {
            throw new IllegalArgumentException(values.length + " values for " + n + " points of dimension " + dim);
        }
    }

    /** Splits flat rows of the given width into a point set; the length must be a multiple of dim. */
    public static FeatureRows of(float[] values, int dim) {
        if (dim < 1 || values.length == 0 || values.length % dim != 0) {
            throw new IllegalArgumentException(values.length + " values do not split into rows of " + dim);
        }
        return new FeatureRows(values.length / dim, dim, values);
    }

    public float get(int row, int column) {
        return values[row * dim + column];
    }
}
