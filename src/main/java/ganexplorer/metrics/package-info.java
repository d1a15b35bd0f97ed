/**
 * Measurements that trust no critic, computed from plain copies of a step's evaluation sample: on the plane the exact
 * Wasserstein-1 distance by optimal assignment (which refuses non-finite points), mode coverage and JS/KL on a grid;
 * for images the metrics of the {@code image} subpackage. {@link ganexplorer.metrics.SampleQualities} picks the kind
 * for the data.
 *
 * <p>Must not depend on: {@code model}, {@code objective}, {@code train}, {@code cli}, {@code ui} or JavaFX; it reads
 * only {@code data} and its own {@code image} subpackage, so the trainer can run it on any thread.
 *
 * <p>Described in docs/DESIGN.md, sections "Metrics" and "Wasserstein readout".
 */
package ganexplorer.metrics;
