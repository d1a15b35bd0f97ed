package ganexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every subcommand answers --help and -h with its usage and exit code 0, without running (was "Unknown option"). */
class SubcommandHelpTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"train", "presets", "bench", "train-metric-net"})
    void shouldPrintItsUsageAndExitZeroWhenAskedForHelp(String command) {
        for (String flag : new String[] {"--help", "-h"}) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertThat(run(command, flag)).as(command + " " + flag + ": " + err).isZero();
            assertThat(out.toString()).startsWith("Usage: gan-explorer " + command).contains("-h, --help");
            assertThat(err.toString()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"train", "presets", "bench", "train-metric-net"})
    void shouldPrintTheAppVersionWhenAskedForItsVersion(String command) {
        assertThat(run(command, "--version")).isZero();
        assertThat(out.toString().trim()).isEqualTo("GAN Explorer 0.1");
    }
}
