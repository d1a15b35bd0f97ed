package ganexplorer.cli;

import ganexplorer.model.Dcgan;
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
 * Training speed on the PyTorch peers' models, measured as they measure: warm-up steps, then as many steps as fit in
 * --seconds. {@code --model toy}: ring8, batch 256, G and D with two hidden layers of 128 (torch_toy2d.py).
 * {@code --model dcgan28}: DCGAN on the bundled 28 x 28 digits, batch 64 (torch_dcgan28.py).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure training steps per second for each objective on the PyTorch peers' models.")
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--objective", split = ",", description = "Objectives to measure (default: all six).")
    List<String> objectives = Objective.IDS;

    @Option(names = "--seconds", description = "Timed seconds per objective (default 10).")
    double seconds = 10;

    @Option(names = "--warmup", description = "Warm-up generator steps (default 50 for toy, 5 for dcgan28).")
    Integer warmup;

    @Option(names = "--threads", description = "Threads for the convolutions (default 1; the toy MLP does not use them).")
    int threads = 1;

    @Option(names = "--batch", description = "Batch size (default 256 for toy, 64 for dcgan28).")
    Integer batch;

    @Option(names = "--model", description = "toy (ring8 MLP, default) or dcgan28 (DCGAN on the bundled digits).")
    String model = "toy";

    @Override
    public Integer call() {
        if (!(seconds > 0) || seconds > 3600) {
            throw new IllegalArgumentException("--seconds must be between 0 and 3600, got " + seconds);
        }
        NativeThreads.configure(threads);
        var out = spec.commandLine().getOut();
        out.println("# BLAS: " + NativeThreads.blasDescription());
        boolean dcgan = switch (model) {
            case "toy" -> false;
            case "dcgan28" -> true;
            default -> throw new IllegalArgumentException("unknown --model '" + model + "'; choose toy or dcgan28");
        };
        int b = batch != null ? batch : dcgan ? 64 : 256;
        for (String id : objectives) {
            Objective o = Objective.of(id, 0.01, 10);
            TrainingConfig config = dcgan
                    ? new TrainingConfig("digits", null, Dcgan.REFERENCE, o.id(), Hyperparameters.defaultsFor(o, b), 1, 100,
                            1000, null)
                    : new TrainingConfig("ring8", null, GanArchitecture.TOY_DEFAULT, o.id(), Hyperparameters.defaultsFor(o, b),
                            1, 100, 1000, null);
            GanSession session = new GanSession(config);
            for (int i = 0; i < (warmup != null ? warmup : dcgan ? 5 : 50); i++) {
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
            out.printf(Locale.ROOT, "RESULT %s objective=%s threads=%d batch=%d g_steps=%d d_updates=%d seconds=%.2f "
                            + "g_steps_per_s=%.2f d_updates_per_s=%.2f%n", dcgan ? "dcgan28" : "toy2d", o.id(), threads, b,
                    steps, steps * criticSteps,
                    elapsed, steps / elapsed, steps * criticSteps / elapsed);
            out.flush();
        }
        return 0;
    }
}
