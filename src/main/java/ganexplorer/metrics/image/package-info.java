/**
 * Image metrics in the feature space of the small digit classifier shipped in assets/metric-net
 * ({@link ganexplorer.metrics.image.FeatureNet}, a DL4J network trained by {@code train-metric-net}): sliced
 * Wasserstein, Fréchet distance, KID, precision/recall and density/coverage, and class statistics. They rank runs made
 * here against each other and are not comparable with Inception-based scores.
 *
 * <p>Must not depend on: {@code model}, {@code objective}, {@code train}, {@code cli}, {@code ui}, the enclosing
 * {@code metrics} package or JavaFX; it reads only {@code data}.
 *
 * <p>Described in docs/DESIGN.md, section "Metrics".
 */
package ganexplorer.metrics.image;
