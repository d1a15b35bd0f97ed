package ganexplorer.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ganexplorer.train.ScheduledSwap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LessonTest {
    /** A lesson of one step on a built-in preset, with {@code extra} fields in that step. */
    static String oneStep(String extra) {
        return """
            {"format": 1, "name": "mine", "title": "My lesson", "steps": [
              {"preset": "ring-wgan-gp", "title": "One", "narration": {"en": "Look.", "zh_CN": "看。"}%s}
            ]}""".formatted(extra);
    }

    static Lesson parse(String json) throws IOException {
        return Lesson.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mine.json");
    }

    @Test
    void everyShippedLessonShouldReadAndSayEverythingInBothLanguages() {
        ResourceBundle en = ResourceBundle.getBundle("ganexplorer.i18n.lessons", Locale.ROOT);
        ResourceBundle zh = ResourceBundle.getBundle("ganexplorer.i18n.lessons", Locale.SIMPLIFIED_CHINESE);
        for (String name : Lesson.BUILT_IN) {
            Lesson lesson = Lesson.builtIn(name);
            assertThat(lesson.name()).isEqualTo(name);
            for (LessonStep step : lesson.steps()) {
                List<Text> texts = new java.util.ArrayList<>(List.of(step.title(), step.narration()));
                step.cues().stream().filter(c -> c instanceof Cue.Say).map(c -> ((Cue.Say) c).text()).forEach(texts::add);
                for (Text t : texts) {
                    assertThat(t.isBundleKey()).as("%s: %s is a key of the lessons bundle", name, t.keyOrText()).isTrue();
                    assertThat(zh.getString(t.keyOrText())).as("the Chinese of %s", t.keyOrText())
                            .isNotEqualTo(en.getString(t.keyOrText()));
                    assertThat(t.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo(zh.getString(t.keyOrText()));
                    assertThat(t.in(Locale.ENGLISH)).isEqualTo(en.getString(t.keyOrText()));
                }
                assertThat(step.promises()).as("%s: step '%s' promises something to check", name,
                        step.title().in(Locale.ENGLISH)).isNotEmpty();
            }
        }
    }

    @Test
    void aTeachersOwnTextShouldBeShownInTheLanguageAskedAndFallBackToEnglish() throws IOException {
        LessonStep step = parse(oneStep("")).steps().get(0);
        assertThat(step.narration().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("看。");
        assertThat(step.narration().in(Locale.ENGLISH)).isEqualTo("Look.");
        assertThat(step.narration().in(Locale.GERMAN)).isEqualTo("Look.");
        assertThat(step.title().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("One"); // written in one language only
    }

    @Test
    void aSwapCueShouldBecomePartOfWhatTheStepTrainsAndNeedItsOwnPromises() throws IOException {
        assertThatThrownBy(() -> parse(oneStep(", \"cues\": [{\"at\": 100, \"do\": \"swap\", \"objective\": \"bce\"}]")))
                .hasMessageContaining("step 1").hasMessageContaining("give it its own \"expectations\"");
        LessonStep step = parse(oneStep(", \"cues\": [{\"at\": 100, \"do\": \"swap\", \"objective\": \"bce\"}],"
                + " \"expectations\": [{\"steps\": 200, \"seeds\": [1], \"atLeast\": 1,"
                + " \"checks\": [{\"metric\": \"w1\", \"op\": \"<\", \"value\": 10}]}]")).steps().get(0);
        assertThat(step.config().swaps()).containsExactly(new ScheduledSwap(100, "bce"));
        assertThat(step.promises()).hasSize(1);
        assertThat(step.base().config().swaps()).isEmpty(); // the preset itself is untouched
    }

    @Test
    void aMistakeInTheFileShouldBeNamedWithWhereItIs() {
        assertThatThrownBy(() -> parse(oneStep(", \"naration\": \"x\"")))
                .hasMessageContaining("unknown field \"naration\"").hasMessageContaining("step 1");
        assertThatThrownBy(() -> parse(oneStep(", \"cues\": [{\"at\": 9000, \"do\": \"pause\"}]")))
                .hasMessageContaining("cue at step 9000 comes after the step's end (3000 steps)");
        assertThatThrownBy(() -> parse(oneStep(", \"cues\": [{\"at\": 10, \"do\": \"show\", \"view\": \"plot\"}]")))
                .hasMessageContaining("unknown view 'plot'").hasMessageContaining("data, latent, charts, readout");
        assertThatThrownBy(() -> parse(oneStep(", \"cues\": [{\"at\": 10, \"do\": \"dance\"}]")))
                .hasMessageContaining("dance");
        assertThatThrownBy(() -> parse(oneStep("").replace("ring-wgan-gp", "ring-gp")))
                .hasMessageContaining("unknown preset 'ring-gp'").hasMessageContaining("ring-wgan-gp");
        assertThatThrownBy(() -> parse(oneStep("").replace("\"zh_CN\": \"看。\"", "\"fr\": \"Regardez.\"")))
                .hasMessageContaining("lessons are written in en and zh_CN");
        assertThatThrownBy(() -> parse(oneStep("").replace("\"format\": 1", "\"format\": 2")))
                .hasMessageContaining("format 2");
        assertThatThrownBy(() -> parse("{\"format\": 1, \"name\": \"x\", \"title\": \"t\", \"steps\": []}"))
                .hasMessageContaining("at least one step");
        assertThatThrownBy(() -> parse("[1, 2"))
                .hasMessageContaining("mine.json is not a valid lesson file");
        assertThatThrownBy(() -> Lesson.builtIn("gan-101"))
                .hasMessageContaining("unknown lesson 'gan-101'").hasMessageContaining("dcgan-vs-wgan");
    }

    @Test
    void cuesShouldBeInTheOrderOfTraining() throws IOException {
        LessonStep step = parse(oneStep(", \"cues\": [{\"at\": 900, \"do\": \"pause\"}, {\"at\": 5, \"do\": \"show\","
                + " \"view\": \"charts\"}]")).steps().get(0);
        assertThat(step.cues()).extracting(Cue::at).containsExactly(5L, 900L);
        assertThat(step.cues().get(0)).isEqualTo(new Cue.Show(5, View.CHARTS));
    }

    /** English asked on a Chinese system is English (a bundle asked at Locale.ROOT does not fall back to the system's). */
    @Test
    void englishShouldStayEnglishOnAChineseSystem() {
        Lesson lesson = Lesson.builtIn("why-gans-oscillate");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            ResourceBundle.clearCache();
            assertThat(lesson.title().in(Locale.ENGLISH)).isEqualTo("Why GANs oscillate");
            assertThat(lesson.title().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("GAN 为什么会振荡");
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }
}
