package ganexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train --experiment FILE runs a teacher's own experiment file, in the presets' format. */
class ExperimentOptionTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void shouldTrainWhatTheFileSays(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("src/main/resources/ganexplorer/presets/ring-collapse.json"))
                .replace("\"name\": \"ring-collapse\"", "\"name\": \"my-collapse\"")
                .replace("\"objective\": \"bce\"", "\"objective\": \"hinge\"")
                .replace("\"logEvery\": 100", "\"logEvery\": 10");
        Path file = Files.writeString(dir.resolve("my-collapse.json"), json);
        assertThat(run("train", "--experiment", file.toString(), "--steps", "20", "--out", dir.resolve("run").toString()))
                .as(err.toString()).isZero();
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("run/summary.json").toFile());
        assertThat(summary.get("objective").asText()).isEqualTo("hinge");
        assertThat(summary.get("steps").asLong()).isEqualTo(20);
        assertThat(Files.readAllLines(dir.resolve("run/metrics.csv"))).hasSize(3); // header, steps 10 and 20
    }

    @Test
    void aBadOrMissingFileOrBothSourcesShouldBeRefusedWithExitTwo(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": 1, \"name\": \"x\"}");
        assertThat(run("train", "--experiment", bad.toString(), "--out", dir.resolve("a").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.json");
        assertThat(run("train", "--experiment", dir.resolve("none.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no experiment file");
        assertThat(run("train", "--experiment", bad.toString(), "--preset", "ring-wgan-gp")).isEqualTo(2);
        assertThat(err.toString()).contains("not both");
        assertThat(Files.exists(dir.resolve("a"))).as("a failed start writes nothing").isFalse();
    }
}
