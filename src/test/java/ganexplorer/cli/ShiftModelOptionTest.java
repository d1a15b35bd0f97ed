package ganexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --model shift: the WGAN paper's Example 1 from the command line, with theta in metrics.csv and its refusals. */
class ShiftModelOptionTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void itShouldBringTheLinesStartAtTheta0AndLogTheta(@TempDir Path dir) throws Exception {
        assertThat(run("train", "--model", "shift", "--theta0", "1.5", "--d-hidden", "16", "--objective", "wgan-gp",
                "--optimizer", "sgd", "--lr", "0.01", "--steps", "20", "--log-every", "10", "--eval-samples", "100",
                "--out", dir.resolve("run").toString())).as(err.toString()).isZero();
        JsonNode architecture = new ObjectMapper().readTree(dir.resolve("run/checkpoint.json").toFile())
                .at("/config/architecture");
        assertThat(architecture.get("kind").asText()).isEqualTo("shift");
        assertThat(architecture.get("theta0").asDouble()).isEqualTo(1.5);
        assertThat(new ObjectMapper().readTree(dir.resolve("run/checkpoint.json").toFile()).at("/config/dataset").asText())
                .isEqualTo("lines");
        List<String> csv = Files.readAllLines(dir.resolve("run/metrics.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        assertThat(header).contains("theta", "js");
        for (String line : csv.subList(1, csv.size())) {
            String[] cells = line.split(",", -1);
            double theta = Double.parseDouble(cells[header.indexOf("theta")]);
            double w1 = Double.parseDouble(cells[header.indexOf("w1")]);
            assertThat(theta).as("G trains: theta moves from 1.5, by SGD steps of 0.01 times a slope near 1")
                    .isNotEqualTo(1.5).isBetween(1.0, 2.0);
            assertThat(w1).as("no pair of points is closer than the segments' gap").isGreaterThanOrEqualTo(theta - 1e-6);
        }
        assertThat(out.toString()).contains("theta 1.");
    }

    @Test
    void otherDataAndTheMlpsShapesShouldBeRefusedSayingWhatToDo() {
        assertThat(run("train", "--model", "shift", "--dataset", "ring8", "--steps", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--model shift learns the 'lines' segment");
        assertThat(run("train", "--model", "shift", "--g-hidden", "8", "--steps", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("the shift generator is one number, theta");
        assertThat(run("train", "--theta0", "2", "--steps", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("add --model dirac or --model shift");
    }

    @Test
    void theMlpShouldLearnTheLinesToo(@TempDir Path dir) {
        assertThat(run("train", "--dataset", "lines", "--steps", "10", "--log-every", "10", "--eval-samples", "100",
                "--out", dir.resolve("run").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("theta ");
    }
}
