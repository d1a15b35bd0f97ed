package ganexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void trainShouldSwapObjectivesAtTheGivenStepsAndWriteEveryOutput(@TempDir Path dir) throws Exception {
        int code = run("train", "--dataset", "ring8", "--objective", "bce", "--steps", "60", "--log-every", "10",
                "--batch", "64", "--seed", "1", "--swap-at", "20:least-squares", "--swap-at", "40:wgan-gp", "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();

        List<String> csv = Files.readAllLines(dir.resolve("metrics.csv"));
        assertThat(csv.get(0)).isEqualTo(
                "step,objective,d_loss,g_loss,critic_w,w1,modes_covered,modes_total,high_quality_fraction,js,kl,modes_3sd,hq_3sd,"
                + "modes_10pct,mode_share_0,mode_share_1,mode_share_2,mode_share_3,mode_share_4,mode_share_5,mode_share_6,"
                + "mode_share_7,g_grad_norm,d_grad_norm,d_real,d_fake,weights_at_max,grad_depth_slope");
        assertThat(csv).hasSize(7);
        assertThat(csv.subList(1, 7)).extracting(l -> l.split(",")[0] + ":" + l.split(",")[1]).containsExactly(
                "10:bce", "20:bce", "30:least-squares", "40:least-squares", "50:wgan-gp", "60:wgan-gp");
        for (String row : csv.subList(1, 7)) {
            String[] f = row.split(",", -1);
            assertThat(f).hasSize(28);
            assertThat(Double.parseDouble(f[5])).as("w1").isPositive();
            assertThat(Double.parseDouble(f[12])).as("hq_3sd").isBetween(0.0, 1.0);
            double shares = 0;
            for (int m = 0; m < 8; m++) {
                shares += Double.parseDouble(f[14 + m]);
            }
            assertThat(shares).as("the modes' shares add up to the high-quality share")
                    .isCloseTo(Double.parseDouble(f[8]), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(Double.parseDouble(f[22])).as("g grad norm").isPositive();
            if (f[1].equals("bce")) { // D(x) and D(G(z)) as probabilities, under BCE only
                assertThat(Double.parseDouble(f[24])).as("d_real").isBetween(0.0, 1.0);
                assertThat(Double.parseDouble(f[25])).as("d_fake").isBetween(0.0, 1.0);
            } else {
                assertThat(f[24] + f[25]).as("d_real, d_fake under " + f[1]).isEmpty();
            }
            assertThat(Double.parseDouble(f[26])).as("weights_at_max").isBetween(0.0, 1.0);
            assertThat(f[27]).as("grad_depth_slope: two hidden layers make no profile").isEmpty();
        }

        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        for (String key : List.of("dataset", "objective", "steps", "seed", "w1", "modes_covered", "modes_total",
                "high_quality_fraction", "modes_3sd", "hq_3sd", "critic_w", "steps_per_second", "wall_seconds")) {
            assertThat(summary.has(key)).as(key).isTrue();
        }
        assertThat(summary.get("objective").asText()).isEqualTo("wgan-gp");
        assertThat(summary.get("steps").asLong()).isEqualTo(60);
        assertThat(summary.get("modes_total").asInt()).isEqualTo(8);
        assertThat(summary.get("w1").asDouble()).isEqualTo(Double.parseDouble(csv.get(6).split(",")[5]));

        List<String> samples = Files.readAllLines(dir.resolve("final_samples.csv"));
        assertThat(samples.get(0)).isEqualTo("kind,x,y");
        assertThat(samples.stream().filter(l -> l.startsWith("real,"))).hasSize(1000);
        assertThat(samples.stream().filter(l -> l.startsWith("fake,"))).hasSize(1000);
        assertThat(ImageIO.read(dir.resolve("samples.png").toFile()).getWidth()).isEqualTo(640);
        assertThat(dir.resolve("checkpoint.json")).exists();

        // Resume to step 80: the history continues and the objective stays the swapped one.
        out.getBuffer().setLength(0);
        assertThat(run("train", "--resume", dir.toString(), "--steps", "80")).as(err.toString()).isZero();
        List<String> resumed = Files.readAllLines(dir.resolve("metrics.csv"));
        assertThat(resumed).hasSize(9);
        assertThat(resumed.subList(0, 7)).isEqualTo(csv);
        assertThat(resumed.get(8)).startsWith("80,wgan-gp,");
    }

    @Test
    void evalSamplesShouldSetThePointsEveryRowIsMeasuredOn(@TempDir Path dir) throws Exception {
        int code = run("train", "--dataset", "ring8", "--objective", "bce", "--steps", "10", "--log-every", "10",
                "--batch", "32", "--eval-samples", "120", "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> samples = Files.readAllLines(dir.resolve("final_samples.csv"));
        assertThat(samples.stream().filter(l -> l.startsWith("fake,"))).hasSize(120);
        assertThat(samples.stream().filter(l -> l.startsWith("real,"))).hasSize(120);

        err.getBuffer().setLength(0);
        assertThat(run("train", "--dataset", "ring8", "--steps", "5", "--eval-samples", "1", "--out",
                dir.resolve("other").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("evaluation samples (points per side, --eval-samples) must be between 2 and 20000");
    }

    @Test
    void shouldExplainBadInputWithoutAStackTrace() {
        assertThat(run("train", "--dataset", "ring9", "--steps", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown dataset 'ring9'").contains("ring8").doesNotContain("Exception");

        err.getBuffer().setLength(0);
        assertThat(run("train", "--objective", "wgan", "--lr", "-1", "--steps", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("learning rate must be a positive number");

        err.getBuffer().setLength(0);
        assertThat(run("train", "--batch", "0", "--steps", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("batch size must be between 1");

        err.getBuffer().setLength(0);
        assertThat(run("train", "--objective", "gan9000", "--steps", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("choose one of bce-minimax, bce, least-squares, wgan-clip, wgan-gp, hinge");

        err.getBuffer().setLength(0);
        assertThat(run("train", "--swap-at", "soon:bce", "--steps", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("STEP:OBJECTIVE");

        err.getBuffer().setLength(0);
        assertThat(run("train", "--lr", "NaN", "--steps", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("learning rate");

        err.getBuffer().setLength(0);
        assertThat(run("train", "--prior", "cauchy", "--steps", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown prior 'cauchy'").contains("normal or uniform");

        err.getBuffer().setLength(0);
        assertThat(run("train", "--g-hidden", "128,0", "--steps", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("hidden layer width must be between 1 and 8192, got 0");
    }

    @Test
    void resumeShouldSayWhatIsWrongWithAMissingOrDamagedCheckpoint(@TempDir Path dir) throws Exception {
        assertThat(run("train", "--resume", dir.toString(), "--steps", "10")).isEqualTo(2);
        assertThat(err.toString()).contains("no checkpoint at");
        Files.writeString(dir.resolve("checkpoint.json"), "{ \"format\": 1, \"config\": ");
        err.getBuffer().setLength(0);
        assertThat(run("train", "--resume", dir.toString(), "--steps", "10")).isEqualTo(2);
        assertThat(err.toString()).contains("damaged or not a checkpoint");
    }

    @Test
    void presetsShouldListEachPresetWithWhatItShows() {
        assertThat(run("presets")).isZero();
        assertThat(out.toString()).contains("ring-wgan-gp").contains("ring-collapse").contains("modes");
    }

    @Test
    void trainOnDigitsShouldWriteTheImageMetricsAndASampleGrid(@TempDir Path dir) throws Exception {
        assertThat(run("train", "--dataset", "digits", "--model", "dcgan", "--width", "8", "--steps", "20",
                "--log-every", "10", "--out", dir.toString())).as(err.toString()).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("metrics.csv"));
        assertThat(csv.get(0)).startsWith("step,objective,d_loss,g_loss,critic_w,sliced_w,fd,kid,precision,recall");
        assertThat(csv).hasSize(3);
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        for (String key : List.of("fd", "kid", "precision", "recall", "class_coverage", "sliced_w", "critic_w",
                "steps_per_second")) {
            assertThat(summary.get(key)).as(key).isNotNull();
            assertThat(summary.get(key).isNumber()).as(key + " is a number").isTrue();
        }
        assertThat(summary.get("sliced_w").asDouble()).isPositive();
        assertThat(summary.get("classes_total").asInt()).isEqualTo(10);
        java.awt.image.BufferedImage grid = javax.imageio.ImageIO.read(dir.resolve("samples.png").toFile());
        assertThat(grid.getWidth()).isGreaterThan(280);
        assertThat(Files.exists(dir.resolve("final_samples.csv"))).as("points only").isFalse();
    }

    @Test
    void aConditionalDcganRunShouldSayHowOftenItsDigitsAreTheirLabels(@TempDir Path dir) throws Exception {
        assertThat(run("train", "--dataset", "digits", "--model", "dcgan", "--width", "8", "--classes", "10",
                "--steps", "20", "--log-every", "10", "--out", dir.toString())).as(err.toString()).isZero();
        assertThat(Files.readAllLines(dir.resolve("metrics.csv")).get(0)).contains(",label_agreement,");
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.get("label_agreement").asDouble()).isBetween(0.0, 1.0);
        assertThat(run("train", "--dataset", "ring8", "--classes", "10", "--steps", "1", "--out", dir.resolve("m").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--classes conditions DCGAN on labels");
    }

    @Test
    void aConditionalDcganOnUnlabelledImagesShouldStopWithWhatToDo(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("flat"));
        for (String name : List.of("a.png", "b.png")) {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(32, 32, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", folder.resolve(name).toFile());
        }
        assertThat(run("train", "--dataset", folder.toString(), "--model", "dcgan", "--classes", "10", "--steps", "2",
                "--out", dir.resolve("run").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("needs a label 0..9 for every image").contains("--classes 0");
    }

    @Test
    void dcganOptionsShouldBeCheckedAgainstTheModel(@TempDir Path dir) {
        assertThat(run("train", "--dataset", "ring8", "--model", "dcgan", "--steps", "1", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("DCGAN draws images");
        assertThat(run("train", "--dataset", "digits", "--model", "dcgan", "--g-hidden", "64", "--steps", "1", "--out",
                dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("DCGAN takes --width");
    }
}
