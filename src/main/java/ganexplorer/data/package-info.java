/**
 * What a GAN learns to imitate: the built-in 2-D toy distributions (each knows its modes and bounds for the
 * coverage metrics), points drawn by hand, and image sets read from IDX (MNIST-format) files, CIFAR-10 batches, folders
 * of PNG/JPEG images or the bundled digits; {@link ganexplorer.data.Datasets} picks one by name or path. Samples are
 * written into plain {@code float[]} rows from a caller's random generator, so runs are reproducible. A loader refuses
 * a bad file with its name and the reason, and keeps what it only warns about on {@link ganexplorer.data.ImageSet}.
 *
 * <p>Must not depend on: any other ganexplorer package, ND4J or JavaFX; everything else builds on it.
 *
 * <p>Described in docs/DESIGN.md, section "Layout".
 */
package ganexplorer.data;
