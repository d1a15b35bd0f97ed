package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.metrics.ImageMetrics;
import ganexplorer.metrics.ToyMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classroom promises of the presets: the two ring presets on the seeds the README shows, full runs at their own
 * step budgets (two at a time, one native thread each), and the start of the digits MLP preset.
 */
class PresetQualityTest {
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private static List<Future<List<MetricRow>>> runSeeds(String preset) {
        Preset p = Presets.byName(preset);
        List<Future<List<MetricRow>>> runs = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            TrainingConfig config = p.config().withSeed(seed);
            runs.add(pool.submit(() -> {
                try (Trainer t = new Trainer(config, TrainerOptions.headless(1, p.steps()))) {
                    t.start();
                    assertThat(t.awaitFinished(20, TimeUnit.MINUTES)).isTrue();
                    return t.latest().history();
                }
            }));
        }
        return runs;
    }

    @Test
    void ringWganGpShouldCoverAllModesWithHighQualityAndCutW1ByTwoThirdsOnSeedsOneToThree() throws Exception {
        List<Future<List<MetricRow>>> runs = runSeeds("ring-wgan-gp");
        for (int i = 0; i < runs.size(); i++) {
            List<MetricRow> rows = runs.get(i).get();
            MetricRow first = rows.get(0);
            MetricRow last = rows.get(rows.size() - 1);
            String seed = "seed " + (i + 1);
            assertThat(last.step()).as(seed).isEqualTo(3000);
            assertThat(toy(last).modesCovered()).as(seed + " modes").isEqualTo(8);
            assertThat(toy(last).highQualityFraction()).as(seed + " high-quality fraction").isGreaterThanOrEqualTo(0.5);
            assertThat(last.distance()).as(seed + " final W1 against the first row's " + first.distance()).isLessThanOrEqualTo(first.distance() / 3);
        }
    }

    @Test
    void ringCollapseShouldCoverAtMostHalfTheModesOnAtLeastTwoOfThreeSeeds() throws Exception {
        int collapsed = 0;
        StringBuilder seen = new StringBuilder();
        for (Future<List<MetricRow>> run : runSeeds("ring-collapse")) {
            List<MetricRow> rows = run.get();
            MetricRow last = rows.get(rows.size() - 1);
            assertThat(last.step()).isEqualTo(3000);
            seen.append(toy(last).modesCovered()).append("/8 ");
            if (toy(last).modesCovered() <= 4) {
                collapsed++;
            }
        }
        assertThat(collapsed).as("seeds with at most 4 of 8 modes covered: " + seen).isGreaterThanOrEqualTo(2);
    }

    /**
     * The digits MLP preset learns: in its first 4,000 steps (about 40 s headless) the sliced W in the classifier's
     * feature space falls and most classes appear. The full preset is too long for CI; the README gives its
     * measured numbers.
     */
    @Test
    void digitsMlpShouldDrawMoreDigitLikeImagesAsItTrains() throws Exception {
        List<MetricRow> rows = history("digits-mlp", 4000);
        ImageMetrics first = (ImageMetrics) rows.get(0).quality();
        ImageMetrics last = (ImageMetrics) rows.get(rows.size() - 1).quality();
        assertThat(rows.get(rows.size() - 1).step()).isEqualTo(4000);
        assertThat(last.slicedW()).as("sliced W at 4,000 against step 500's " + first.slicedW())
                .isLessThan(0.8 * first.slicedW());
        assertThat(last.fd()).as("FD at 4,000 against step 500's " + first.fd()).isLessThan(first.fd());
        assertThat(last.classCoverage()).as("classes drawn").isGreaterThanOrEqualTo(7);
    }

    /**
     * The conditional DCGAN preset draws the digit it is asked for: after 1,000 of its 5,000 steps (about 2 minutes
     * on one thread) 0.76 of its samples are confidently classified and 0.84 as their label (seed 1). The
     * unconditional DCGAN never passed 0.69 in 12,000 steps (README), so 0.7 is a line only conditioning crosses.
     */
    @Test
    void digitsDcganShouldDrawConfidentDigitsOfTheirLabelsWithinAThousandSteps() throws Exception {
        List<MetricRow> rows = history("digits-dcgan", 1000);
        ImageMetrics last = (ImageMetrics) rows.get(rows.size() - 1).quality();
        assertThat(rows.get(rows.size() - 1).step()).isEqualTo(1000);
        assertThat(last.confidentShare()).as("confident share at step 1,000").isGreaterThan(0.7);
        assertThat(last.labelAgreement()).as("classified as their label at step 1,000").isGreaterThan(0.75);
        assertThat(last.classCoverage()).isEqualTo(10);
    }

    /** The metric rows of a preset's first {@code steps} steps, headless on one thread. */
    private static List<MetricRow> history(String preset, long steps) throws Exception {
        TrainingConfig config = Presets.byName(preset).config();
        return pool.submit(() -> {
            try (Trainer t = new Trainer(config, TrainerOptions.headless(1, steps))) {
                t.start();
                assertThat(t.awaitFinished(10, TimeUnit.MINUTES)).isTrue();
                return t.latest().history();
            }
        }).get();
    }

    private static ToyMetrics toy(MetricRow row) {
        return (ToyMetrics) row.quality();
    }
}
