package ganexplorer.cli;

import ganexplorer.lesson.Cue;
import ganexplorer.lesson.Lesson;
import ganexplorer.lesson.LessonCheck;
import ganexplorer.lesson.LessonStep;
import ganexplorer.train.Expectation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lesson NAME|FILE}: what a lesson's steps show; with {@code --check}, whether each does on this machine. */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = {"Describe a lesson step by step, or (--check) run every step headless and check what it promises.",
            "Exit code with --check: 0 every promise holds, 1 some does not, 2 the file is not a valid lesson."})
final class LessonCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "LESSON",
            description = "A lesson file (JSON) or the name of a shipped lesson; without it, the shipped lessons are listed.")
    String lesson;

    @CommandLine.Option(names = "--check", description = "Train every step headless and check its promises.")
    boolean check;

    @CommandLine.Option(names = "--quick", description = "With --check: each promise on its first seed only.")
    boolean quick;

    @CommandLine.Option(names = "--language", defaultValue = "en", description = "en or zh_CN (default: ${DEFAULT-VALUE}).")
    String language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = switch (language) {
            case "en" -> Locale.ENGLISH;
            case "zh_CN", "zh" -> Locale.SIMPLIFIED_CHINESE;
            default -> throw new IllegalArgumentException("--language is en or zh_CN, got '" + language + "'");
        };
        if (lesson == null) {
            for (String name : Lesson.BUILT_IN) {
                Lesson l = Lesson.builtIn(name);
                out.printf("%-16s %s (%d steps)%n", name, l.title().in(locale), l.steps().size());
            }
            out.flush();
            return 0;
        }
        if (lesson.isBlank()) {
            throw new IllegalArgumentException("the lesson is empty: give a lesson file or one of " + Lesson.BUILT_IN);
        }
        Lesson l = Lesson.BUILT_IN.contains(lesson) && !Files.exists(Path.of(lesson))
                ? Lesson.builtIn(lesson) : Lesson.read(Path.of(lesson));
        describe(l, locale, out);
        if (!check) {
            return 0;
        }
        out.printf("%nChecking %d steps%s (one native thread per run, two runs at a time)...%n", l.steps().size(),
                quick ? " on each promise's first seed" : "");
        out.flush();
        List<LessonCheck.StepVerdict> verdicts = LessonCheck.check(l, quick, v -> {
            out.printf("step %d, %s: %s%n", v.number(), v.title(), v.outcomes().isEmpty() ? "promises nothing to check"
                    : v.holds() ? "holds" : "DOES NOT HOLD");
            for (Expectation.Outcome o : v.outcomes()) {
                out.println("  " + o.detail().replace("\n", "\n  "));
            }
            out.flush();
        });
        long failing = verdicts.stream().filter(v -> !v.holds()).count();
        out.println(failing == 0 ? "Every step shows what it promises." : failing + " of " + verdicts.size()
                + " steps do not show what they promise on this machine.");
        out.flush();
        return failing == 0 ? 0 : 1;
    }

    private static void describe(Lesson l, Locale locale, PrintWriter out) {
        out.println(l.title().in(locale));
        if (l.summary() != null) {
            out.println(l.summary().in(locale));
        }
        for (int i = 0; i < l.steps().size(); i++) {
            LessonStep s = l.steps().get(i);
            out.printf("%n%d. %s (%s, %,d steps)%n   %s%n", i + 1, s.title().in(locale),
                    s.preset() != null ? s.preset() : s.experiment().name(), s.length(), s.narration().in(locale));
            for (Cue c : s.cues()) {
                out.printf("   at step %,d: %s%n", c.at(), cue(c, locale));
            }
        }
    }

    private static String cue(Cue c, Locale locale) {
        if (c instanceof Cue.Swap s) {
            return "swap to " + s.objective();
        } else if (c instanceof Cue.Show s) {
            return "show the " + s.view().id() + " view";
        } else if (c instanceof Cue.Highlight h) {
            return "highlight the " + h.view().id() + " view";
        } else if (c instanceof Cue.Say s) {
            return "say: " + s.text().in(locale);
        }
        return "pause";
    }
}
