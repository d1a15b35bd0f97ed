package ganexplorer.cli;

import ganexplorer.data.BundledDigits;
import ganexplorer.data.ImageSet;
import ganexplorer.metrics.image.FeatureNet;
import ganexplorer.train.NativeThreads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Retrains the digit classifier behind the image metrics and writes the weights the app ships. */
@Command(name = "train-metric-net", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train the digit classifier used by the image metrics (FD, KID, precision/recall, class coverage) "
                + "on the first 9,000 bundled digits and report its accuracy on the last 1,000.")
final class TrainMetricNetCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--epochs", description = "Passes over the training digits (default " + FeatureNet.DEFAULT_EPOCHS + ").")
    int epochs = FeatureNet.DEFAULT_EPOCHS;

    @Option(names = "--seed", description = "Seed of the initial weights and the minibatch order (default 1).")
    long seed = FeatureNet.DEFAULT_SEED;

    @Option(names = "--out", description = "Weights file to write (default assets/metric-net/digits-cnn.zip).")
    Path out = Path.of("assets", "metric-net", "digits-cnn.zip");

    @Option(names = "--threads", description = "Native threads (default 1; two were no faster on 2 cores).")
    int threads = 1;

    @Override
    public Integer call() {
        if (epochs < 1 || epochs > 1000) {
            throw new IllegalArgumentException("--epochs must be between 1 and 1000, got " + epochs);
        }
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out must be a file, " + out + " is a folder");
        }
        NativeThreads.configureNd4jPools(threads);
        var w = spec.commandLine().getOut();
        ImageSet digits = BundledDigits.load();
        w.printf(Locale.ROOT, "training on %d digits, holding out %d; %d epochs, seed %d, threads %d%n",
                digits.count() - FeatureNet.HELD_OUT, FeatureNet.HELD_OUT, epochs, seed, threads);
        w.flush();
        long t0 = System.nanoTime();
        FeatureNet net = FeatureNet.train(digits, epochs, seed, r -> {
            w.printf(Locale.ROOT, "epoch %d/%d  loss %.4f  held-out accuracy %.2f%%  %.1f s%n",
                    r.epoch(), r.epochs(), r.meanLoss(), 100 * r.heldOutAccuracy(), r.seconds());
            w.flush();
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        net.save(out);
        double accuracy = net.heldOutAccuracy(digits);
        w.printf(Locale.ROOT, "held-out accuracy %.2f%% (%d of %d)%n", 100 * accuracy,
                Math.round(accuracy * FeatureNet.HELD_OUT), FeatureNet.HELD_OUT);
        w.printf(Locale.ROOT, "trained in %.1f s; wrote %s%n", seconds, out);
        return 0;
    }
}
