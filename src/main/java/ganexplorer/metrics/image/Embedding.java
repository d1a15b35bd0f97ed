package ganexplorer.metrics.image;

/**
 * What {@link FeatureNet} makes of n images: {@code features} holds n x featureSize values (the penultimate dense
 * layer, row-major), {@code probabilities} n x classes softmax outputs.
 */
public record Embedding(int n, int featureSize, float[] features, int classes, float[] probabilities) {
    public Embedding {
        if (n < 1 || featureSize < 1 || classes < 1) {
            throw new IllegalArgumentException("an embedding needs at least one image, feature and class");
        }
        if (features.length != (long) n * featureSize) {
            throw new IllegalArgumentException(features.length + " feature values for " + n + " x " + featureSize);
        }
        if (probabilities.length != (long) n * classes) {
            throw new IllegalArgumentException(probabilities.length + " probabilities for " + n + " x " + classes);
        }
    }

    /** The feature rows as a point set, for the distance-based metrics. */
    public FeatureRows featureRows() {
        return new FeatureRows(n, featureSize, features);
    }
}
