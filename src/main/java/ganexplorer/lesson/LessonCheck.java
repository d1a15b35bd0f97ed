package ganexplorer.lesson;

import ganexplorer.train.Expectation;
import ganexplorer.train.ExpectationRun;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Evaluates every promise of every step of a lesson, headless, so a teacher knows before class that each step
 * shows what it says on this machine. Quick mode checks each promise on its first seed only (what CI can afford).
 */
public final class LessonCheck {
    private LessonCheck() {
    }

    /** The verdict on one step: each promise's outcome (none: the step promises nothing). */
    public record StepVerdict(int number, String title, List<Expectation.Outcome> outcomes) {
        public boolean holds() {
            return outcomes.stream().allMatch(Expectation.Outcome::holds);
        }
    }

    /** Checks the steps in order, handing each verdict to {@code progress} as it is known. */
    public static List<StepVerdict> check(Lesson lesson, boolean quick, Consumer<StepVerdict> progress) {
        List<StepVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            List<Expectation.Outcome> outcomes = new ArrayList<>();
            for (Expectation e : step.promises()) {
                outcomes.add(ExpectationRun.judge(step.config(), quick ? firstSeed(e) : e));
            }
            StepVerdict v = new StepVerdict(i + 1, step.title().in(java.util.Locale.ENGLISH), List.copyOf(outcomes));
            progress.accept(v);
            verdicts.add(v);
        }
        return verdicts;
    }

    private static Expectation firstSeed(Expectation e) {
        return new Expectation(e.steps(), List.of(e.seeds().get(0)), 1, e.checks());
    }
}
