/**
 * Training: a {@link ganexplorer.train.Session} ({@link ganexplorer.train.GanSession} today) holds the ND4J state of
 * one model and its update rules, and {@link ganexplorer.train.Trainer} is the one thread that owns it, applying
 * {@link ganexplorer.train.Command}s between steps and publishing immutable {@link ganexplorer.train.Snapshot}s of
 * plain values (the experiment, its {@link ganexplorer.train.Pictures}, {@link ganexplorer.train.Notice}s, the metric
 * history); metrics run on a worker from copies, the latent views on an {@link ganexplorer.train.InferenceWorker}. Also
 * the experiment as one serialisable value ({@link ganexplorer.train.TrainingConfig}), checkpoints, rollback to the
 * last finite state, presets and counter-based random streams.
 *
 * <p>Must not depend on: {@code cli}, {@code ui} or JavaFX; nothing outside this package may hold its INDArrays.
 *
 * <p>Described in docs/DESIGN.md, sections "The one data flow" and "Threads and speed".
 */
package ganexplorer.train;
