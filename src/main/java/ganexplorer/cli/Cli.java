package ganexplorer.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: {@code train}, {@code presets}, {@code lesson}, {@code bench}, {@code train-metric-net}. */
@Command(name = "gan-explorer", mixinStandardHelpOptions = true, version = "GAN Explorer 0.1",
        description = "Train generative adversarial networks and watch them learn. With no arguments, opens the desktop app.",
        subcommands = {TrainCommand.class, PresetsCommand.class, LessonCommand.class, BenchCommand.class, TrainMetricNetCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and returns the exit code: 0 ok, 2 bad input, 3 the run diverged, 1 anything else. A run
     * stopped by SIGTERM or Ctrl+C saves itself from a shutdown hook; the JVM then exits with 143 or 130.
     */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli());
        // picocli does not pass the version down: without this, "train --version" would print an empty line
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(cl.getCommandSpec().version()));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return 2;
            }
            commandLine.getErr().println("error: " + ex);
            return 1;
        });
        return withinMemory(err, () -> cl.execute(args));
    }

    /**
     * Runs body and turns running out of heap (a large data set: CIFAR-10's 50,000 images are 614 MB as floats) into
     * a message that says what to do, instead of a stack trace; exit 1.
     */
    static int withinMemory(PrintWriter err, java.util.function.IntSupplier body) {
        try {
            return body.getAsInt();
        } catch (OutOfMemoryError e) {
            long mb = Runtime.getRuntime().maxMemory() >> 20;
            err.println("error: out of memory (" + e.getMessage() + ", with a Java heap of " + mb + " MB): this data set"
                    + " or model needs a larger heap. Start Java with one, e.g. java -Xmx2g -jar gan-explorer.jar ...,"
                    + " or _JAVA_OPTIONS=-Xmx2g gan-explorer ... for the installed launcher (its own -Xmx would"
                    + " override JAVA_TOOL_OPTIONS).");
            return 1;
        }
    }
}
