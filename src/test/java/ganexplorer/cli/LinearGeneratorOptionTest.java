package ganexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --g-hidden none: an affine generator (no hidden layer), on gaussian-affine, with the moment columns in metrics.csv. */
class LinearGeneratorOptionTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void noneShouldMakeALinearGeneratorAndTheRunShouldLogItsMoments(@TempDir Path dir) throws Exception {
        assertThat(run("train", "--dataset", "gaussian-affine", "--g-hidden", "none", "--d-hidden", "5,3", "--batch", "8",
                "--steps", "20", "--log-every", "10", "--out", dir.resolve("run").toString())).as(err.toString()).isZero();
        JsonNode architecture = new ObjectMapper().readTree(dir.resolve("run/checkpoint.json").toFile())
                .at("/config/architecture");
        assertThat(architecture.get("generatorHidden").size()).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("run/metrics.csv"));
        assertThat(csv.get(0)).contains(",mean_err,cov_rel_err,");
        assertThat(csv).hasSize(3);
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("run/summary.json").toFile());
        assertThat(summary.get("mean_err").asDouble()).isPositive();
    }

    @Test
    void widthsShouldBeReadOrRefusedSayingWhatIsMeant() {
        assertThat(TrainCommand.widths("--g-hidden", " None ")).isEmpty();
        assertThat(TrainCommand.widths("--g-hidden", "64, 32")).containsExactly(64, 32);
        assertThatThrownBy(() -> TrainCommand.widths("--g-hidden", "")).hasMessageContaining("--g-hidden is empty")
                .hasMessageContaining("none (by itself)");
        assertThatThrownBy(() -> TrainCommand.widths("--d-hidden", "none,5"))
                .hasMessageContaining("--d-hidden 'none,5' is no list of widths");
        assertThatThrownBy(() -> TrainCommand.widths("--g-hidden", "wide")).hasMessageContaining("like 128,128");
        assertThat(run("train", "--g-hidden", "", "--steps", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--g-hidden is empty");
    }
}
