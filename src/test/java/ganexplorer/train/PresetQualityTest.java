package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classroom promises of the presets, as their experiment files state them: each expectation's runs on its seeds
 * (two at a time, one native thread each), judged by the file's own checks.
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

    /** Every expectation of every built-in preset, as its experiment file states it. */
    static Stream<Arguments> expectations() {
        return Presets.all().stream().flatMap(p -> p.expectations().stream()
                .map(e -> Arguments.of(p.name() + ": " + e.steps() + " steps on seeds " + e.seeds(), p, e)));
    }

    /**
     * The presets' promises, from their files: ring-wgan-gp covers 8/8 modes with a high-quality share of at least
     * 0.5 and cuts W1 to a third on seeds 1-3; ring-collapse covers at most 4 of 8 on two of three seeds; the digits
     * MLP's sliced W and FD fall in its first 4,000 steps with 7+ classes; the conditional DCGAN has a confident
     * share above 0.7 and label agreement above 0.75 at step 1,000 (the unconditional one never passed 0.69 in
     * 12,000 steps, README). The full image presets are too long for CI; the README gives their numbers.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void eachPresetShouldKeepWhatItsFilePromises(String name, Preset p, Expectation e) throws Exception {
        List<Future<List<MetricRow>>> runs = new ArrayList<>();
        for (long seed : e.seeds()) {
            TrainingConfig config = p.config().withSeed(seed);
            runs.add(pool.submit(() -> {
                try (Trainer t = new Trainer(config, TrainerOptions.headless(1, e.steps()))) {
                    t.start();
                    assertThat(t.awaitFinished(20, TimeUnit.MINUTES)).isTrue();
                    return t.latest().history();
                }
            }));
        }
        List<List<MetricRow>> histories = new ArrayList<>();
        for (Future<List<MetricRow>> run : runs) {
            List<MetricRow> rows = run.get();
            assertThat(rows.get(rows.size() - 1).step()).isEqualTo(e.steps());
            histories.add(rows);
        }
        Expectation.Outcome verdict = e.judge(histories);
        System.out.println(name + ": " + verdict.detail());
        assertThat(verdict.holds()).as(verdict.detail()).isTrue();
    }
}
