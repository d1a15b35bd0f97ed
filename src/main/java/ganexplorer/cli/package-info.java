/**
 * The headless command line (picocli): {@code train} (runs a {@link ganexplorer.train.Trainer} and writes metrics.csv,
 * summary.json, samples, a PNG and a checkpoint), {@code presets}, {@code bench} and {@code train-metric-net}. Bad
 * input exits with code 2 and a message, a diverged run with code 3; every command takes {@code --help}. A run loses
 * nothing the user made: its folder is locked and an earlier run in it refused ({@link ganexplorer.cli.OutputFolder}),
 * its files are written whole ({@link ganexplorer.cli.AtomicWrite}, {@link ganexplorer.cli.MetricsCsv}), and it is
 * checkpointed on a schedule and on SIGTERM or Ctrl+C ({@link ganexplorer.cli.TrainingRun}).
 *
 * <p>Must not depend on: {@code ui} or JavaFX (it runs on machines without a display); the engine packages must not
 * depend on it.
 *
 * <p>Described in docs/DESIGN.md, sections "Layout" and "Scale (later)".
 */
package ganexplorer.cli;
