package ganexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ganexplorer.train.Checkpoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Nothing the user made is lost": the command line's side, in process. */
class RunSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A small, quick toy run: two rows of metrics. */
    private static final String[] SMALL = {"--dataset", "ring8", "--g-hidden", "32", "--d-hidden", "32", "--batch", "64",
        "--log-every", "10"};

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private int train(Path dir, long steps, String... more) {
        String[] args = Stream.of(new String[] {"train"}, SMALL, new String[] {"--steps", Long.toString(steps), "--out",
            dir.toString()}, more).flatMap(Arrays::stream).toArray(String[]::new);
        return run(args);
    }

    /** Every file of the folder and its bytes, to see that nothing changed. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (!name.equals(".lock")) {
                    m.put(name, Arrays.toString(Files.readAllBytes(p)));
                }
            }
        }
        return m;
    }

    private static void editCheckpoint(Path dir, java.util.function.Consumer<ObjectNode> edit) throws IOException {
        Path file = dir.resolve(Checkpoint.FILE_NAME);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        edit.accept(root);
        JSON.writeValue(file.toFile(), root);
    }

    private static ArrayNode shortened(JsonNode values, int length) {
        ArrayNode a = JSON.createArrayNode();
        for (int i = 0; i < length; i++) {
            a.add(values.get(i));
        }
        return a;
    }

    // Item 2: a damaged checkpoint is refused before anything is written.

    @Test
    void aDamagedCheckpointShouldBeRefusedWithWhatIsWrongAndLeftAsItIs(@TempDir Path dir) throws Exception {
        assertThat(train(dir, 20)).as(err.toString()).isZero();
        int needed = JSON.readTree(dir.resolve(Checkpoint.FILE_NAME).toFile()).at("/state/critic").size();
        editCheckpoint(dir, root -> {
            ObjectNode state = (ObjectNode) root.get("state");
            state.set("critic", shortened(state.get("critic"), 1200));
        });
        Map<String, String> before = contents(dir);

        assertThat(run("train", "--resume", dir.toString(), "--steps", "350")).isEqualTo(2);
        assertThat(err.toString()).contains(dir.resolve("checkpoint.json") + ": the critic's weights have 1200 values, "
                + "the model needs " + needed).doesNotContain("Exception").doesNotContain("press");
        assertThat(contents(dir)).isEqualTo(before);
    }

    @Test
    void aCheckpointWithAShortOptimizerStateShouldBeRefusedToo(@TempDir Path dir) throws Exception {
        assertThat(train(dir, 10)).as(err.toString()).isZero();
        editCheckpoint(dir, root -> {
            ObjectNode state = (ObjectNode) root.get("state");
            state.set("generatorOptimizer", shortened(state.get("generatorOptimizer"), 7));
        });
        Map<String, String> before = contents(dir);
        assertThat(run("train", "--resume", dir.toString(), "--steps", "30")).isEqualTo(2);
        assertThat(err.toString()).contains("the generator's optimizer state has 7 values, the model needs");
        assertThat(contents(dir)).isEqualTo(before);
    }

    // Item 4: an earlier run is not overwritten without a word.

    @Test
    void aFolderHoldingAnEarlierRunShouldBeRefusedUnlessOverwriteIsGiven(@TempDir Path dir) throws Exception {
        assertThat(train(dir, 20)).as(err.toString()).isZero();
        Map<String, String> earlier = contents(dir);

        assertThat(train(dir, 20, "--seed", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("holds an earlier run").contains("--overwrite")
                .contains("train --resume " + dir).doesNotContain("Exception");
        assertThat(contents(dir)).isEqualTo(earlier);

        // a replacing run that fails to start leaves the earlier run as it was
        assertThat(run("train", "--dataset", dir.resolve("no-such-data").toString(), "--steps", "5", "--out",
                dir.toString(), "--overwrite")).isEqualTo(2);
        assertThat(contents(dir)).isEqualTo(earlier);

        assertThat(train(dir, 20, "--seed", "2", "--overwrite")).as(err.toString()).isZero();
        assertThat(contents(dir).get("metrics.csv")).isNotEqualTo(earlier.get("metrics.csv"));
        assertThat(JSON.readTree(dir.resolve("summary.json").toFile()).get("seed").asLong()).isEqualTo(2);
        assertThat(leftovers(dir)).isEmpty();
    }

    @Test
    void resumingShouldKeepTheRowsItHasAndAppend(@TempDir Path dir) throws Exception {
        assertThat(train(dir, 20)).as(err.toString()).isZero();
        List<String> first = Files.readAllLines(dir.resolve("metrics.csv"));
        assertThat(run("train", "--resume", dir.toString(), "--steps", "40")).as(err.toString()).isZero();
        List<String> resumed = Files.readAllLines(dir.resolve("metrics.csv"));
        assertThat(resumed).hasSize(5).startsWith(first.toArray(String[]::new));
        assertThat(resumed.get(4)).startsWith("40,");
    }

    // Item 6: empty paths.

    @Test
    void emptyPathsShouldBeRefused(@TempDir Path dir) {
        assertThat(run("train", "--dataset", "", "--steps", "1", "--out", dir.resolve("a").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--dataset is empty");
        assertThat(run("train", "--dataset", " ", "--steps", "1", "--out", dir.resolve("a").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--dataset is empty");
        assertThat(run("train", "--steps", "1", "--out", "")).isEqualTo(2);
        assertThat(err.toString()).contains("--out is empty; give the path of a folder");
        assertThat(run("train", "--resume", "", "--steps", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--resume is empty");
        assertThat(dir.resolve("a")).doesNotExist();
    }

    // Item 7: a bad --out is said before the data loads, with what to do.

    @Test
    void aBadOutShouldBeRefusedBeforeTheDataLoads(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        String missingData = dir.resolve("no-such-data").toString(); // would fail if the data were loaded first

        assertThat(run("train", "--dataset", missingData, "--steps", "1", "--out", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--out " + file + " is a file, not a folder; give the path of a folder")
                .doesNotContain("no-such-data").doesNotContain("Exception");

        assertThat(run("train", "--dataset", missingData, "--steps", "1", "--out", file.resolve("run").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot be created: " + file + " is a file").doesNotContain("Exception");

        if (Files.isDirectory(Path.of("/proc/self"))) { // a place nobody may create folders in, even root
            assertThat(run("train", "--dataset", missingData, "--steps", "1", "--out", "/proc/gan-run")).isEqualTo(2);
            assertThat(err.toString()).contains("--out /proc/gan-run cannot be written").contains("give a folder you can write to")
                    .doesNotContain("Exception");
        }
        assertThat(Files.readString(file)).isEqualTo("mine");

        // a new folder of a run that failed to start is removed again
        assertThat(run("train", "--dataset", missingData, "--steps", "1", "--out", dir.resolve("new/run").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no-such-data");
        assertThat(dir.resolve("new")).doesNotExist();
    }

    // Item 8: after a divergence the advice can be followed.

    @Test
    void aDivergedRunShouldSayOnceHowToResumeInCommandLineWordsAndTheAdviceShouldBeTaken(@TempDir Path dir)
            throws Exception {
        assertThat(train(dir, 50, "--objective", "least-squares", "--optimizer", "sgd", "--lr", "10")).isEqualTo(3);
        String said = out + err.toString();
        Matcher advice = Pattern.compile("resume with a lower learning rate: (train --resume " + Pattern.quote(dir.toString())
                + " --steps 50 --lr 1)$", Pattern.MULTILINE).matcher(said);
        assertThat(advice.find()).as(said).isTrue();
        assertThat(said).contains("rolled back to step").doesNotContain("press").doesNotContain("Start");
        assertThat(said.split("diverged", -1)).as("said once").hasSize(2);
        assertThat(JSON.readTree(dir.resolve("summary.json").toFile()).get("ended").asText()).isEqualTo("diverged");

        // the advice as printed is a command the CLI takes (whether 1 is low enough is another matter)
        assertThat(run(advice.group(1).split(" "))).as(err.toString()).isIn(0, 3);
        assertThat(out.toString()).contains("Changed on resume: generator optimizer SGD 10.0 -> SGD 1.0");
    }

    @Test
    void resumeShouldTakeNewHyperparametersAndSayWhatChanged(@TempDir Path dir) throws Exception {
        assertThat(train(dir, 10)).as(err.toString()).isZero();
        assertThat(run("train", "--resume", dir.toString(), "--steps", "20", "--lr", "1e-3", "--batch", "32",
                "--critic-steps", "2", "--optimizer", "adam", "--beta1", "0.6")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Changed on resume: batch 64 -> 32, generator optimizer Adam 2.0E-4, betas "
                + "(0.5, 0.999) -> Adam 0.001, betas (0.6, 0.999)").contains("critic steps 1 -> 2");
        JsonNode h = JSON.readTree(dir.resolve(Checkpoint.FILE_NAME).toFile()).at("/state/hyperparameters");
        assertThat(h.at("/generatorOptimizer/learningRate").asDouble()).isEqualTo(1e-3);
        assertThat(h.at("/criticOptimizer/beta1").asDouble()).isEqualTo(0.6);
        assertThat(h.get("batchSize").asInt()).isEqualTo(32);
        assertThat(h.get("criticSteps").asInt()).isEqualTo(2);
        assertThat(Checkpoint.load(dir).state().step()).isEqualTo(20);
    }

    @Test
    void resumeShouldStillRefuseWhatDefinesTheExperiment(@TempDir Path dir) throws Exception {
        assertThat(train(dir, 10)).as(err.toString()).isZero();
        assertThat(run("train", "--resume", dir.toString(), "--steps", "20", "--seed", "3", "--latent", "4")).isEqualTo(2);
        assertThat(err.toString()).contains("--seed, --latent belong to the experiment").contains("--lr");
        assertThat(run("train", "--resume", dir.toString(), "--steps", "20", "--lr", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("learning rate must be a positive number");
    }

    // Item 9: temporary files of a killed run are removed when the folder is free.

    @Test
    void staleTemporaryFilesShouldBeRemovedWhenNoLiveRunHoldsTheFolder(@TempDir Path dir) throws Exception {
        assertThat(train(dir, 10)).as(err.toString()).isZero();
        Files.writeString(dir.resolve(".checkpoint-4711.json.tmp"), "{ \"format\": 1, \"state\": [0.1, 0.");
        Files.writeString(dir.resolve(".summary.json-1f.tmp"), "{");
        Files.writeString(dir.resolve(".lock"), "999999999\n"); // a process that is long gone
        Path mine = Files.writeString(dir.resolve("notes.tmp"), "not a run's");

        assertThat(run("train", "--resume", dir.toString(), "--steps", "20")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Removed 2 unfinished temporary files");
        assertThat(leftovers(dir)).isEmpty();
        assertThat(mine).exists();
    }

    private static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && n.endsWith(".tmp")).toList();
        }
    }

    // Warnings: the run goes on.

    @Test
    void settingsThatCannotDoWhatTheySeemShouldBeWarnedAbout(@TempDir Path dir) {
        assertThat(train(dir.resolve("a"), 10, "--swap-at", "10:hinge", "--swap-at", "5:wgan-gp", "--swap-at", "5:hinge"))
                .as(err.toString()).isZero();
        assertThat(err.toString()).contains("warning: --swap-at 10:hinge never happens: the run ends at step 10")
                .contains("warning: --swap-at gives 2 objectives at step 5 (wgan-gp, hinge)");
        assertThat(train(dir.resolve("b"), 5, "--objective", "wgan-clip", "--clip", "10")).as(err.toString()).isZero();
        assertThat(err.toString()).contains("warning: --clip 10.0 is so large that wgan-clip never clips");
        assertThat(train(dir.resolve("c"), 5, "--objective", "wgan-clip", "--clip", "0.05")).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("warning");
    }

    @Test
    void moreClassesThanTheDataLabelsShouldBeWarnedAbout(@TempDir Path dir) {
        assertThat(run("train", "--dataset", "digits", "--model", "dcgan", "--width", "4", "--classes", "20", "--steps", "1",
                "--out", dir.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("warning: --classes 20, but digits labels only 10 classes");
    }

    @Test
    void aThreadCountOutOfRangeShouldFailBeforeAnythingIsWritten(@TempDir Path dir) {
        for (String bad : new String[] {"0", "-2", "257"}) {
            assertThat(train(dir.resolve("t" + bad), 5, "--threads", bad)).isNotZero();
            assertThat(err.toString()).contains("--threads must be between 1 and 256, got " + bad);
            assertThat(dir.resolve("t" + bad)).doesNotExist();
        }
    }

    // Provenance, and old checkpoints without it.

    @Test
    void summaryAndCheckpointShouldRecordWhatMadeThemAndOldCheckpointsStillResume(@TempDir Path dir) throws Exception {
        assertThat(train(dir, 10, "--threads", "2")).as(err.toString()).isZero();
        JsonNode p = JSON.readTree(dir.resolve("summary.json").toFile()).get("provenance");
        assertThat(p.get("app_version").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(p.get("git_commit").asText()).matches("[0-9a-f]{40}|unknown");
        assertThat(p.get("threads").asInt()).isEqualTo(2);
        assertThat(p.get("blas").asText()).containsIgnoringCase("openblas");
        assertThat(JSON.readTree(dir.resolve(Checkpoint.FILE_NAME).toFile()).at("/provenance/threads").asInt()).isEqualTo(2);

        editCheckpoint(dir, root -> root.remove("provenance")); // as written before provenance was recorded
        assertThat(Checkpoint.load(dir).state().step()).isEqualTo(10);
        assertThat(run("train", "--resume", dir.toString(), "--steps", "20")).as(err.toString()).isZero();
        assertThat(JSON.readTree(dir.resolve(Checkpoint.FILE_NAME).toFile()).at("/provenance/appVersion").asText())
                .isNotBlank();
    }
}
