package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ganexplorer.metrics.ToyMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presets are data: experiment files with texts from a bundle and expectations as checks. */
class ExperimentFileTest {
    private static MetricRow row(long step, double w1, int modes) {
        return new MetricRow(1, step, "bce", 0, 0, 0, 0, 0, new ToyMetrics(w1, modes, 8, 0.5, 0.1, 0.1));
    }

    @Test
    void everyBuiltInPresetShouldLoadWithItsTextsFromTheBundleAndAPromise() {
        assertThat(Presets.all()).extracting(Preset::name).containsExactly("ring-wgan-gp", "ring-collapse", "saturation",
                "clip-weights", "clip-depth", "disjoint-lines", "w-tracks-quality", "digits-mlp", "digits-dcgan",
                "digits-dcgan-unconditional", "dirac-simultaneous", "dirac-alternating", "dirac-r1", "dirac-wgan-gp",
                "xy-game", "hello-gaussian");
        for (Preset p : Presets.all()) {
            assertThat(p.summary()).as(p.name()).isNotBlank().doesNotStartWith("preset.");
            assertThat(p.watch()).as(p.name()).isNotBlank().doesNotStartWith("preset.");
        }
        assertThat(Presets.byName("ring-wgan-gp").config().hyperparameters().lambda()).isEqualTo(0.1);
        assertThat(Presets.all()).filteredOn(p -> !p.name().equals("digits-dcgan-unconditional"))
                .allMatch(p -> !p.expectations().isEmpty());
    }

    @Test
    void aTeachersOwnFileShouldRunWithItsInlineTexts(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("src/main/resources/ganexplorer/presets/ring-wgan-gp.json"))
                .replace("\"preset.ring-wgan-gp.summary\"", "\"My ring, slower\"")
                .replace("\"name\": \"ring-wgan-gp\"", "\"name\": \"my-ring\"");
        Path file = Files.writeString(dir.resolve("my-ring.json"), json);
        Preset p = ExperimentFile.read(file).preset();
        assertThat(p.name()).isEqualTo("my-ring");
        assertThat(p.summary()).isEqualTo("My ring, slower");
        assertThat(p.config()).isEqualTo(Presets.byName("ring-wgan-gp").config());
    }

    @Test
    void aBrokenFileShouldSayWhatIsWrong(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": 1, \"name\": \"x\", \"steps\": 10, "
                + "\"experiment\": {\"dataset\": \"ring9\"}}");
        assertThatThrownBy(() -> ExperimentFile.read(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json is not a valid experiment file");
        assertThatThrownBy(() -> ExperimentFile.read(dir.resolve("none.json"))).hasMessageContaining("no experiment file");
        Path future = Files.writeString(dir.resolve("future.json"), "{\"format\": 2}");
        assertThatThrownBy(() -> ExperimentFile.read(future)).hasMessageContaining("format 2");
    }

    private static MetricRow critic(long step, double estimate, double w1) {
        return new MetricRow(1, step, "wgan-gp", 0, 0, estimate, 0, 0, new ToyMetrics(w1, 8, 8, 0.5, 0.1, 0.1));
    }

    @Test
    void rowShareChecksShouldCountTheRowsThatHoldAndSpearmanChecksShouldRankBothMetrics() {
        // critic / W1: 1.25, 0.857, 0.8, 0.5
        List<MetricRow> rows = List.of(critic(100, 0.5, 0.4), critic(200, 0.3, 0.35), critic(300, 0.2, 0.25),
                critic(400, 0.1, 0.2));
        Expectation.Check ninety = new Expectation.Check("critic_over_w1", "<=", 1.1, null, 0.9, null);
        Expectation.Check threeQuarters = new Expectation.Check("critic_over_w1", "<=", 1.1, null, 0.75, null);
        assertThat(ninety.on(rows).holds()).isFalse();
        assertThat(ninety.on(rows).detail()).isEqualTo("critic_over_w1 <= 1.100 on 3 of 4 rows (0.7500, need 0.9000)");
        assertThat(threeQuarters.on(rows).holds()).isTrue();

        Expectation.Check rho = new Expectation.Check("critic_w", ">=", 0.7, null, null, "w1");
        assertThat(rho.on(rows).holds()).isTrue(); // both fall: rho 1
        assertThat(rho.on(rows).detail()).isEqualTo("Spearman rho(critic_w, w1) 1.000 >= 0.7000 over 4 rows");
        // ranks (1,2,3,4) against (1,3,2,4): rho = 1 - 6 (0 + 1 + 1 + 0) / (4 (16 - 1)) = 0.8
        List<MetricRow> swapped = List.of(critic(100, 1, 1), critic(200, 2, 3), critic(300, 3, 2), critic(400, 4, 4));
        assertThat(Expectation.Check.spearman(swapped, "critic_w", "w1")).isCloseTo(0.8, org.assertj.core.api.Assertions.within(1e-12));
        List<MetricRow> opposite = List.of(critic(100, 0.1, 0.4), critic(200, 0.2, 0.3), critic(300, 0.3, 0.2));
        assertThat(rho.on(opposite).holds()).isFalse();
        assertThat(Expectation.Check.spearman(opposite, "critic_w", "w1")).isEqualTo(-1.0);

        assertThatThrownBy(() -> new Expectation.Check("w1", "<=", null, 0.5, 0.9, null)).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> new Expectation.Check("w1", "<=", 1.0, null, 1.5, null)).hasMessageContaining("rowShare");
    }

    @Test
    void checksShouldJudgeTheLastRowAgainstAValueOrTheFirstRowAndSayTheNumbers() {
        List<MetricRow> falling = List.of(row(100, 0.9, 2), row(200, 0.25, 8));
        List<MetricRow> flat = List.of(row(100, 0.9, 2), row(200, 0.8, 3));
        Expectation.Check third = new Expectation.Check("w1", "<=", null, 1.0 / 3);
        Expectation.Check allModes = new Expectation.Check("modes_covered", ">=", 8.0, null);
        assertThat(third.on(falling).holds()).isTrue();
        assertThat(third.on(flat).holds()).isFalse();
        assertThat(third.on(flat).detail()).isEqualTo("w1 0.8000 <= 0.3333 x first (0.3000)");
        Expectation twoOfThree = new Expectation(200, List.of(1L, 2L, 3L), 2, List.of(third, allModes));
        assertThat(twoOfThree.judge(List.of(falling, flat, falling)).holds()).isTrue();
        Expectation.Outcome o = twoOfThree.judge(List.of(falling, flat, flat));
        assertThat(o.holds()).isFalse();
        assertThat(o.detail()).startsWith("1 of 3 seeds pass (need 2)").contains("seed 2: FAILS w1 0.8000");
        assertThatThrownBy(() -> new Expectation.Check("w1", "~", 1.0, null)).hasMessageContaining("op");
        assertThatThrownBy(() -> row(1, 1, 1).value("fid")).hasMessageContaining("no metric 'fid'");
    }

    /** The CLI speaks English: on a Chinese system the presets' texts must not come from presets_zh_CN. */
    @Test
    void presetTextsShouldBeEnglishWhateverTheSystemLocale() throws Exception {
        java.util.Properties english = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/ganexplorer/i18n/presets.properties"))) {
            english.load(in);
        }
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
            java.util.ResourceBundle.clearCache();
            assertThat(ExperimentFile.text("preset.ring-wgan-gp.summary"))
                    .isEqualTo(english.getProperty("preset.ring-wgan-gp.summary"));
        } finally {
            java.util.Locale.setDefault(before);
            java.util.ResourceBundle.clearCache();
        }
    }

    @Test
    void aPresetShouldNameTheViewsItOpensByTheLessonsNamesAndAnUnknownOneShouldBeRefused() {
        assertThat(Presets.byName("clip-weights").views()).containsExactly("weights");
        assertThat(Presets.byName("ring-wgan-gp").views()).isEmpty();
        assertThat(ExperimentFile.VIEWS).as("one list of view names for presets and lessons")
                .containsExactlyElementsOf(java.util.Arrays.stream(ganexplorer.lesson.View.values())
                        .map(ganexplorer.lesson.View::id).toList());
        TrainingConfig c = Presets.byName("ring-wgan-gp").config();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExperimentFile(1, "x", "", "", 10, c, List.of(),
                List.of("histogram"))).hasMessageContaining("unknown view 'histogram'").hasMessageContaining("weights");
    }
}
