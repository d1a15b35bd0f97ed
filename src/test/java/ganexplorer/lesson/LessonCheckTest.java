package ganexplorer.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonCheckTest {
    /**
     * A two-step lesson on a small inline ring8 experiment, 60 steps: the first step promises what any run keeps
     * (W1 is finite and below 100), the second what no run can (W1 below 0).
     */
    static String smallLesson() throws IOException {
        String experiment = Files.readString(Path.of("src/main/resources/ganexplorer/presets/ring-wgan-gp.json"));
        String config = experiment.substring(experiment.indexOf("\"experiment\":") + "\"experiment\":".length(),
                experiment.indexOf(",\n  \"expectations\""))
                .replace("\"criticSteps\": 5", "\"criticSteps\": 1").replace("\"logEvery\": 100", "\"logEvery\": 20")
                .replace("128", "16").replace("\"batchSize\": 256", "\"batchSize\": 64");
        String inline = "{\"format\": 1, \"name\": \"tiny\", \"steps\": 60, \"experiment\": " + config + "}";
        return """
            {"format": 1, "name": "tiny", "title": "Tiny", "steps": [
              {"experiment": %1$s, "title": "Holds", "narration": "n",
               "expectations": [{"steps": 60, "seeds": [1, 2], "atLeast": 2,
                                 "checks": [{"metric": "w1", "op": "<", "value": 100}]}]},
              {"experiment": %1$s, "title": "Fails", "narration": "n",
               "expectations": [{"steps": 60, "seeds": [1, 2], "atLeast": 1,
                                 "checks": [{"metric": "w1", "op": "<", "value": 0}]}]}
            ]}""".formatted(inline);
    }

    @Test
    void everyPromiseShouldBeRunAndJudgedAndReportedStepByStep() throws IOException {
        Lesson lesson = LessonTest.parse(smallLesson());
        List<Integer> reported = new ArrayList<>();
        List<LessonCheck.StepVerdict> verdicts = LessonCheck.check(lesson, false, v -> reported.add(v.number()));
        assertThat(reported).containsExactly(1, 2);
        assertThat(verdicts.get(0).holds()).as(verdicts.get(0).outcomes().toString()).isTrue();
        assertThat(verdicts.get(0).outcomes().get(0).detail()).contains("2 of 2 seeds pass").contains("seed 2: ok w1");
        assertThat(verdicts.get(1).holds()).isFalse();
        assertThat(verdicts.get(1).outcomes().get(0).detail()).contains("0 of 2 seeds pass").contains("FAILS w1");
    }

    @Test
    void quickModeShouldCheckEachPromiseOnItsFirstSeedOnly() throws IOException {
        List<LessonCheck.StepVerdict> verdicts = LessonCheck.check(LessonTest.parse(smallLesson()), true, v -> { });
        assertThat(verdicts.get(0).outcomes().get(0).detail()).contains("1 of 1 seeds pass").doesNotContain("seed 2");
    }

    /** The Dirac steps are deterministic and fast, so the whole shipped lesson is checked here, as a teacher would. */
    @Test
    void theOscillationLessonShouldShowWhatEachStepPromises() {
        List<LessonCheck.StepVerdict> verdicts = LessonCheck.check(Lesson.builtIn("why-gans-oscillate"), false, v -> { });
        assertThat(verdicts).hasSize(4);
        verdicts.forEach(v -> assertThat(v.holds()).as("step %d: %s", v.number(), v.outcomes()).isTrue());
    }

    /**
     * The distances lesson's second step is an experiment of its own (non-saturating BCE on the lines), so nothing
     * else checks its promise; its first step is the disjoint-lines preset, which PresetQualityTest runs.
     */
    @Test
    void theDistancesLessonsOwnExperimentShouldShowWhatItPromises() {
        LessonStep own = Lesson.builtIn("distances").steps().get(1);
        assertThat(own.experiment()).isNotNull();
        for (ganexplorer.train.Expectation e : own.promises()) {
            ganexplorer.train.Expectation.Outcome o = ganexplorer.train.ExpectationRun.judge(own.config(), e);
            System.out.println("distances step 2: " + o.detail());
            assertThat(o.holds()).as(o.detail()).isTrue();
        }
    }

    /**
     * What makes "lesson --check passes for the shipped lessons" true in CI without training each lesson twice: every
     * step of every shipped lesson either trains a built-in preset unchanged (no swap cues, no steps or promises of its
     * own), so PresetQualityTest's run of that preset's expectations is this step's check, or it is one of the steps a
     * test here runs (why-gans-oscillate in full, the distances lesson's own experiment).
     */
    @Test
    void everyShippedLessonStepShouldBeCheckedInCi() {
        for (String name : Lesson.BUILT_IN) {
            List<LessonStep> steps = Lesson.builtIn(name).steps();
            for (int i = 0; i < steps.size(); i++) {
                LessonStep step = steps.get(i);
                boolean runHere = name.equals("why-gans-oscillate") || (name.equals("distances") && i == 1);
                if (runHere) {
                    continue;
                }
                assertThat(step.preset()).as("%s step %d trains a preset", name, i + 1).isNotNull();
                assertThat(step.config()).as("%s step %d trains it unchanged", name, i + 1)
                        .isEqualTo(step.base().config());
                assertThat(step.promises()).as("%s step %d promises what PresetQualityTest checks", name, i + 1)
                        .isEqualTo(step.base().expectations()).isNotEmpty();
                assertThat(step.length()).isEqualTo(step.base().steps());
            }
        }
    }
}
