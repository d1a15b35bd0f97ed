package ganexplorer.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ganexplorer.cli.Cli;
import ganexplorer.data.BundledDigits;
import ganexplorer.data.ImageSet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training API and the net's plumbing, on a small subset so it stays fast. */
class FeatureNetTest {
    private static final ImageSet DIGITS = BundledDigits.load();

    @Test
    void shouldTrainReportEachEpochAndReloadToTheSameOutputsWhenSaved(@TempDir Path dir) {
        ImageSet small = firstAndHeldOut(256);
        List<EpochReport> reports = new ArrayList<>();
        FeatureNet net = FeatureNet.train(small, 2, 7, reports::add);
        assertThat(reports).extracting(EpochReport::epoch).containsExactly(1, 2);
        assertThat(reports.get(1).meanLoss()).isLessThan(reports.get(0).meanLoss());
        // 256 digits and two epochs are far from the shipped net, but clearly above the 10% of guessing.
        assertThat(reports.get(1).heldOutAccuracy()).isGreaterThan(0.25); // 36% when written

        Path file = dir.resolve("sub/net.zip");
        net.save(file);
        float[] images = DIGITS.scaledRows(0, 20);
        Embedding before = net.embed(images, 20);
        Embedding after = FeatureNet.load(file).embed(images, 20);
        assertThat(after.features()).containsExactly(before.features());
        assertThat(after.probabilities()).containsExactly(before.probabilities());
    }

    @Test
    void shouldEmbedTheSameFromConcurrentThreadsAsFromOne() throws Exception {
        FeatureNet net = FeatureNet.bundled();
        int n = 520; // more than one internal batch of 500
        float[] images = DIGITS.scaledRows(0, n);
        Embedding alone = net.embed(images, n);
        assertThat(alone.n()).isEqualTo(n);
        assertThat(alone.featureSize()).isEqualTo(FeatureNet.FEATURES);
        float rowSum = 0;
        for (int c = 0; c < FeatureNet.CLASSES; c++) {
            rowSum += alone.probabilities()[(n - 1) * FeatureNet.CLASSES + c];
        }
        assertThat(rowSum).isBetween(0.999f, 1.001f);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Embedding>> calls = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                calls.add(() -> FeatureNet.bundled().embed(images, n));
            }
            for (Future<Embedding> f : pool.invokeAll(calls)) {
                assertThat(f.get().features()).containsExactly(alone.features());
                assertThat(f.get().probabilities()).containsExactly(alone.probabilities());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(FeatureNet.bundled()).isSameAs(net);
    }

    @Test
    void shouldAcceptOnlyGreyTwentyEightByTwentyEightImages() {
        assertThat(FeatureNet.accepts(1, 28, 28)).isTrue();
        assertThat(FeatureNet.accepts(3, 28, 28)).isFalse();
        assertThat(FeatureNet.accepts(1, 32, 32)).isFalse();
        assertThatThrownBy(() -> FeatureNet.bundled().embed(new float[3 * 784 - 1], 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("784");
    }

    @Test
    void shouldRejectBadTrainingInputs() {
        assertThatThrownBy(() -> FeatureNet.train(DIGITS, 0, 1, r -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochs");
        ImageSet tooFew = new ImageSet("few", 1000, 1, 28, 28, Arrays.copyOf(DIGITS.pixels(), 1000 * 784),
                Arrays.copyOf(DIGITS.labels(), 1000));
        assertThatThrownBy(() -> FeatureNet.train(tooFew, 1, 1, r -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 1000");
        int[] unlabelled = DIGITS.labels().clone();
        unlabelled[5] = -1;
        ImageSet withUnknown = new ImageSet("unknown", DIGITS.count(), 1, 28, 28, DIGITS.pixels(), unlabelled);
        assertThatThrownBy(() -> FeatureNet.train(withUnknown, 1, 1, r -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label");
        ImageSet colour = new ImageSet("colour", 2000, 3, 28, 28, new byte[2000 * 3 * 784], new int[2000]);
        assertThatThrownBy(() -> FeatureNet.train(colour, 1, 1, r -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 x 28 x 28");
    }

    @Test
    void shouldExitWithCodeTwoAndSayWhyWhenTheCommandGetsBadValues(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        PrintWriter out = new PrintWriter(new StringWriter(), true);
        assertThat(Cli.run(out, new PrintWriter(err, true), "train-metric-net", "--epochs", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--epochs must be between 1 and 1000, got 0");
        err.getBuffer().setLength(0);
        assertThat(Cli.run(out, new PrintWriter(err, true), "train-metric-net", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--out must be a file");
    }

    /** The first n digits followed by the 1,000 held-out ones, so train() holds out the same digits. */
    private static ImageSet firstAndHeldOut(int n) {
        int size = DIGITS.imageSize();
        int count = n + FeatureNet.HELD_OUT;
        byte[] pixels = new byte[count * size];
        int[] labels = new int[count];
        System.arraycopy(DIGITS.pixels(), 0, pixels, 0, n * size);
        int from = DIGITS.count() - FeatureNet.HELD_OUT;
        System.arraycopy(DIGITS.pixels(), from * size, pixels, n * size, FeatureNet.HELD_OUT * size);
        System.arraycopy(DIGITS.labels(), 0, labels, 0, n);
        System.arraycopy(DIGITS.labels(), from, labels, n, FeatureNet.HELD_OUT);
        return new ImageSet("subset", count, 1, 28, 28, pixels, labels);
    }
}
