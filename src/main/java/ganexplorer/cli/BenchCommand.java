package ganexplorer.cli;

import ganexplorer.model.GanArchitecture;
import ganexplorer.objective.Objective;
import ganexplorer.train.GanSession;
import ganexplorer.train.Hyperparameters;
import ganexplorer.train.NativeThreads;
import ganexplorer.train.TrainingConfig;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Training speed on the reference toy model (ring8, batch 256, G and D with two hidden layers of 128), measured like
 * ../shared/peers/torch_toy2d.py: warm-up steps, then as many steps as fit in --seconds.
 */
@Command(name = "bench", description = "Measure training steps per second for each objective on ring8 (the PyTorch peer's model).")
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--objective", split = ",", description = "Objectives to measure (default: all six).")
    List<String> objectives = Objective.IDS;

    @Option(names = "--seconds", description = "Timed seconds per objective (default 10).")
    double seconds = 10;

    @Option(names = "--warmup", description = "Warm-up generator steps (default 50).")
    int warmup = 50;

    @Option(names = "--threads", description = "Native threads (default 1).")
    int threads = 1;

    @Option(names = "--batch", description = "Batch size (default 256).")
    int batch = 256;

    @Override
    public Integer call() {
        if (!(seconds > 0) || seconds > 3600) {
            throw new IllegalArgumentException("--seconds must be between 0 and 3600, got " + seconds);
        }
        NativeThreads.configure(threads);
        var out = spec.commandLine().getOut();
        out.println("# BLAS: " + NativeThreads.blasDescription());
        for (String id : objectives) {
            Objective o = Objective.of(id, 0.01, 10);
            TrainingConfig config = new TrainingConfig("ring8", null, GanArchitecture.TOY_DEFAULT, o.id(),
                    Hyperparameters.defaultsFor(o, batch), 1, 100, 1000, null);
            GanSession session = new GanSession(config);
            for (int i = 0; i < warmup; i++) {
                session.iterate(false);
            }
            long steps = 0;
            long t0 = System.nanoTime();
            double elapsed;
            do {
                session.iterate(false);
                steps++;
                elapsed = (System.nanoTime() - t0) / 1e9;
            } while (elapsed < seconds);
            int criticSteps = config.hyperparameters().criticSteps();
            out.printf(Locale.ROOT, "RESULT toy2d objective=%s threads=%d batch=%d g_steps=%d d_updates=%d seconds=%.2f "
                            + "g_steps_per_s=%.1f d_updates_per_s=%.1f%n", o.id(), threads, batch, steps, steps * criticSteps,
                    elapsed, steps / elapsed, steps * criticSteps / elapsed);
            out.flush();
        }
        return 0;
    }
}
