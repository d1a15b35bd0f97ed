package ganexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Running out of heap (a data set too large for the launcher's heap) ends in a sentence that says what to do. */
class OutOfMemoryMessageTest {
    @Test
    void anExhaustedHeapShouldBeToldWithTheFlagThatFixesIt() {
        StringWriter text = new StringWriter();
        int code = Cli.withinMemory(new PrintWriter(text, true), () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThat(code).isEqualTo(1);
        assertThat(text.toString()).startsWith("error: out of memory (Java heap space, with a Java heap of ")
                .contains("-Xmx2g").contains("_JAVA_OPTIONS=-Xmx2g").doesNotContain("\tat ");
    }

    @Test
    void aRunThatFitsShouldKeepItsOwnExitCode() {
        StringWriter text = new StringWriter();
        assertThat(Cli.withinMemory(new PrintWriter(text, true), () -> 3)).isEqualTo(3);
        assertThat(text.toString()).isEmpty();
    }
}
