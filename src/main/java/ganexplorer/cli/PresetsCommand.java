package ganexplorer.cli;

import ganexplorer.train.Preset;
import ganexplorer.train.Presets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "presets", mixinStandardHelpOptions = true, description = "List the built-in experiments and what each one shows.")
final class PresetsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--verbose", description = "Also print what to watch and the settings.")
    boolean verbose;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (Preset p : Presets.all()) {
            out.printf("%-16s %s%n", p.name(), p.summary());
            if (verbose) {
                out.printf("%16s watch: %s%n", "", p.watch());
                out.printf("%16s %s on %s, %d steps, %s, seed %d%n%n", "", p.config().objective(), p.config().dataset(),
                        p.steps(), p.config().hyperparameters().generatorOptimizer().describe(), p.config().seed());
            }
        }
        out.flush();
        return 0;
    }
}
