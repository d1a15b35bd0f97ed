package ganexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ganexplorer.train.Checkpoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What needs a process of its own: SIGTERM, kill -9, a folder locked by another process, the default folder. */
class RunSignalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROW = Pattern.compile("^step\\s+(\\d+)\\s");
    /** Startup, ND4J and the first metric row, on a busy two-core machine. */
    private static final long WAIT = 120;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** A small, quick toy run into {@code dir}, followed by {@code more}. */
    static String[] small(Path dir, long steps, String... more) {
        List<String> args = new ArrayList<>(List.of("train", "--dataset", "ring8", "--g-hidden", "32", "--d-hidden", "32",
                "--batch", "64", "--steps", Long.toString(steps), "--out", dir.toString()));
        args.addAll(Arrays.asList(more));
        return args.toArray(String[]::new);
    }

    private static long rowStep(String line) {
        Matcher m = ROW.matcher(line);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    @Test
    void sigtermShouldStopBetweenTwoStepsAndWriteTheCheckpointAndSummary(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("run");
        // rows far apart: exact W1 of every row is measured before the trainer ends, which takes long on a busy machine
        try (ChildRun child = ChildRun.start(dir, small(runDir, 100_000_000, "--log-every", "500"))) {
            assertThat(child.await(l -> rowStep(l) >= 500, WAIT)).as(child.output()).isNotNull();
            child.terminate();
            assertThat(child.waitFor(WAIT)).as(child.output()).isEqualTo(143); // the JVM's status for SIGTERM
            long step = Checkpoint.load(runDir).state().step();
            assertThat(step).isGreaterThanOrEqualTo(500);
            JsonNode summary = JSON.readTree(runDir.resolve("summary.json").toFile());
            assertThat(summary.get("ended").asText()).isEqualTo("stopped");
            assertThat(summary.get("steps").asLong()).isEqualTo(step);
            assertThat(child.output()).contains("Stopped at step " + step).contains("Continue with: train --resume "
                    + runDir + " --steps 100000000");
        }
        assertThat(run("train", "--resume", runDir.toString(), "--steps", Long.toString(Checkpoint.load(runDir).state().step() + 10)))
                .as(err.toString()).isZero();
    }

    @Test
    void killNineShouldLoseAtMostTheStepsSinceTheLastPeriodicCheckpoint(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("run");
        long every = 100;
        long reached;
        try (ChildRun child = ChildRun.start(dir, small(runDir, 100_000_000, "--log-every", "100", "--checkpoint-every",
                Long.toString(every)))) {
            ChildRun.Line row = child.await(l -> rowStep(l) >= 300, WAIT);
            assertThat(row).as(child.output()).isNotNull();
            child.kill();
            child.waitFor(WAIT);
            // the rows printed are a lower bound on the step it had reached
            reached = child.lines().stream().mapToLong(l -> rowStep(l.text())).max().orElseThrow();
        }
        Checkpoint c = Checkpoint.load(runDir);
        assertThat(c.state().step()).isGreaterThanOrEqualTo(reached - every);
        assertThat(run("train", "--resume", runDir.toString(), "--steps", Long.toString(c.state().step() + 10)))
                .as(err.toString()).isZero();
    }

    @Test
    void aSecondRunShouldBeToldWhichProcessHoldsTheFolder(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("run");
        try (ChildRun child = ChildRun.start(dir, small(runDir, 100_000_000, "--log-every", "1000"))) {
            assertThat(child.await(l -> l.startsWith("Training "), WAIT)).as(child.output()).isNotNull();
            assertThat(run(small(runDir, 5))).isEqualTo(2);
            assertThat(err.toString()).contains(runDir + " is in use by another run (process " + child.pid() + ")")
                    .contains("wait until it ends, or give another --out");
            child.terminate();
            child.waitFor(WAIT);
        }
    }

    @Test
    void theDefaultFolderShouldMoveOnToANumberedOneAndSaySo(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("runs/ring8-bce-seed1");
        assertThat(run(small(first, 5))).as(err.toString()).isZero();
        Map<String, String> earlier = contents(first);
        try (ChildRun child = ChildRun.start(dir, "train", "--g-hidden", "32", "--d-hidden", "32", "--batch", "64",
                "--steps", "5")) {
            assertThat(child.waitFor(WAIT)).as(child.output()).isZero();
            assertThat(child.output()).contains("runs/ring8-bce-seed1 holds an earlier run; this run writes into "
                    + "runs/ring8-bce-seed1-2");
        }
        assertThat(contents(first)).isEqualTo(earlier);
        assertThat(dir.resolve("runs/ring8-bce-seed1-2/summary.json")).exists();
    }

    @Test
    void anOverwritingRunShouldLeaveTheEarlierRunsFilesWholeUntilItEnds(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("run");
        assertThat(run(small(runDir, 20, "--log-every", "10"))).as(err.toString()).isZero();
        Map<String, String> earlier = contents(runDir);
        try (ChildRun child = ChildRun.start(dir, small(runDir, 100_000_000, "--log-every", "10", "--seed", "2",
                "--overwrite", "--checkpoint-every", "100000000"))) {
            assertThat(child.await(l -> rowStep(l) >= 20, WAIT)).as(child.output()).isNotNull();
            assertThat(contents(runDir)).isEqualTo(earlier); // metrics.csv was not emptied when the new run started
            child.kill();
            child.waitFor(WAIT);
        }
        assertThat(contents(runDir)).isEqualTo(earlier);
        // the next run in the folder finds it free and clears what the killed one left
        assertThat(run("train", "--resume", runDir.toString(), "--steps", "30")).as(err.toString()).isZero();
        try (Stream<Path> files = Files.list(runDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** The run's files and their bytes (the lock and temporary files aside). */
    static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".")) {
                    m.put(name, Arrays.toString(Files.readAllBytes(p)));
                }
            }
        }
        return m;
    }
}
