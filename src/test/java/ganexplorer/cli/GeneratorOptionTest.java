package ganexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train --freeze-generator and --fixed-generator noise:SIGMA: into the experiment, refused when they make no sense. */
class GeneratorOptionTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theModeShouldGoIntoTheCheckpointsExperiment(@TempDir Path dir) throws Exception {
        assertThat(run("train", "--dataset", "ring8", "--fixed-generator", "noise:1", "--g-hidden", "8", "--d-hidden", "8",
                "--batch", "16", "--steps", "5", "--log-every", "5", "--out", dir.resolve("a").toString()))
                .as(err.toString()).isZero();
        JsonNode generator = new ObjectMapper().readTree(dir.resolve("a/checkpoint.json").toFile()).at("/config/generator");
        assertThat(generator.get("mode").asText()).isEqualTo("noise");
        assertThat(generator.get("sigma").asDouble()).isEqualTo(1.0);
        assertThat(run("train", "--dataset", "ring8", "--freeze-generator", "--g-hidden", "8", "--d-hidden", "8",
                "--batch", "16", "--steps", "5", "--log-every", "5", "--out", dir.resolve("b").toString()))
                .as(err.toString()).isZero();
        assertThat(new ObjectMapper().readTree(dir.resolve("b/checkpoint.json").toFile()).at("/config/generator/mode")
                .asText()).isEqualTo("frozen");
        assertThat(run("train", "--resume", dir.resolve("b").toString(), "--steps", "10", "--freeze-generator")).isEqualTo(2);
        assertThat(err.toString()).contains("--freeze-generator belongs to the experiment");
    }

    @Test
    void nonsenseShouldBeRefusedWithExitTwo(@TempDir Path dir) {
        assertThat(run("train", "--fixed-generator", "gauss", "--steps", "1", "--out", dir.resolve("a").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("noise:SIGMA");
        assertThat(run("train", "--fixed-generator", "frozen", "--steps", "1", "--out", dir.resolve("b").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("use --freeze-generator");
        assertThat(run("train", "--freeze-generator", "--fixed-generator", "noise:1", "--steps", "1", "--out",
                dir.resolve("c").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not both");
        assertThat(run("train", "--model", "dirac", "--fixed-generator", "noise:1", "--steps", "1", "--out",
                dir.resolve("d").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("theta");
    }
}
