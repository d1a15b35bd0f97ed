package ganexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import ganexplorer.train.Checkpoint;
import ganexplorer.train.CheckpointCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run on ring8, killed twenty times at random moments (kill -9 or SIGTERM; while the JVM starts, while it
 * trains, while it writes a checkpoint) and resumed after each. After every kill the checkpoint must parse and fit
 * its model, be no older than one checkpoint interval (plus the time one takes to write), never go back, and every
 * file of the run must be whole; each next run must clear the temporary files the kill left. About two minutes.
 */
@Tag("fault-injection")
class FaultInjectionTest {
    private static final int KILLS = 20;
    private static final long INTERVAL_MILLIS = 1000;
    /** Poll, step boundary and one checkpoint write, on a machine other builds share. */
    private static final long SLACK_MILLIS = 2000;
    private static final Pattern SAVED = Pattern.compile("^Checkpoint saved at step (\\d+) in ");

    @Test
    void killsAtRandomMomentsShouldLoseAtMostOneCheckpointInterval(@TempDir Path dir) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path runDir = dir.resolve("run");
        // the earlier, finished part of the run: its rows must survive every kill
        // rows far apart: a SIGTERM waits for the exact W1 of every row, slow on a busy machine
        assertThat(cli(RunSignalsTest.small(runDir, 800, "--log-every", "400"))).isZero();
        List<String> earlierRows = Files.readAllLines(runDir.resolve("metrics.csv"));
        assertThat(earlierRows).hasSize(3);
        long lastStep = Checkpoint.load(runDir).state().step();
        List<String> log = new ArrayList<>();

        for (int i = 0; i < KILLS; i++) {
            boolean sigterm = random.nextBoolean();
            Set<String> leftBefore = Set.copyOf(temporaries(runDir));
            long killedAt;
            List<String> output;
            try (ChildRun child = ChildRun.start(dir, "train", "--resume", runDir.toString(), "--steps", "100000000",
                    "--checkpoint-every", INTERVAL_MILLIS / 1000 + "s")) {
                int moment = random.nextInt(10);
                if (moment < 2) {
                    Thread.sleep(100 + random.nextInt(2900)); // while the JVM starts, loads, opens the folder
                } else if (moment < 4) {
                    assertThat(child.await(l -> l.startsWith("Resuming "), 120)).as(child.output()).isNotNull();
                    Thread.sleep(random.nextInt(1500)); // while the trainer starts
                } else {
                    assertThat(child.await(l -> SAVED.matcher(l).find(), 120)).as(child.output()).isNotNull();
                    Thread.sleep(random.nextInt(2500)); // while it trains or writes its next checkpoint
                }
                killedAt = System.currentTimeMillis();
                if (sigterm) {
                    child.terminate();
                } else {
                    child.kill();
                }
                child.waitFor(180);
                output = child.lines().stream().map(ChildRun.Line::text).toList();
            }
            String what = "kill " + i + " (" + (sigterm ? "SIGTERM" : "kill -9") + ", seed " + seed + "), output:\n"
                    + String.join("\n", output);

            Path file = runDir.resolve(Checkpoint.FILE_NAME);
            Checkpoint c = Checkpoint.load(file); // parses
            CheckpointCheck.requireFits(c, file); // and resumes: it fits its model
            long step = c.state().step();
            assertThat(step).as(what).isGreaterThanOrEqualTo(lastStep);
            long reportedSaved = output.stream().map(SAVED::matcher).filter(Matcher::find)
                    .mapToLong(m -> Long.parseLong(m.group(1))).max().orElse(lastStep);
            assertThat(step).as("a checkpoint reported saved is on disk; " + what).isGreaterThanOrEqualTo(reportedSaved);
            boolean opened = output.stream().anyMatch(l -> l.startsWith("Resuming "));
            if (opened) {
                assertThat(temporaries(runDir)).as("cleared at the start; " + what).noneMatch(leftBefore::contains);
            }
            boolean stoppedInOrder = output.stream().anyMatch(l -> l.startsWith("Stopped at step "));
            if (sigterm && stoppedInOrder) {
                assertThat(JSON.readTree(runDir.resolve("summary.json").toFile()).get("steps").asLong()).as(what).isEqualTo(step);
            } else if (!sigterm && output.stream().anyMatch(l -> SAVED.matcher(l).find())) {
                long age = killedAt - Files.getLastModifiedTime(file).toMillis();
                assertThat(age).as("checkpoint age at the kill in ms; " + what).isLessThanOrEqualTo(INTERVAL_MILLIS + SLACK_MILLIS);
            }
            requireWholeFiles(runDir, earlierRows, what);
            log.add(String.format("%2d %-7s after %s: checkpoint at step %d%s", i, sigterm ? "SIGTERM" : "kill -9",
                    opened ? "start" : "JVM start", step, stoppedInOrder ? " (stopped in order)" : ""));
            log.set(log.size() - 1, log.get(log.size() - 1) + ", " + output.stream().filter(l -> SAVED.matcher(l).find()).count()
                    + " periodic checkpoints");
            lastStep = step;
        }

        // one last resume to a close end: it finishes, and leaves no temporary file behind
        assertThat(cli("train", "--resume", runDir.toString(), "--steps", Long.toString(lastStep + 20))).isZero();
        assertThat(temporaries(runDir)).isEmpty();
        requireWholeFiles(runDir, earlierRows, "after the last run");
        List<String> rows = Files.readAllLines(runDir.resolve("metrics.csv"));
        List<Long> steps = rows.subList(1, rows.size()).stream().map(l -> Long.parseLong(l.split(",")[0])).toList();
        assertThat(steps).as("each step once, in order").isSorted().doesNotHaveDuplicates();
        System.out.println("FaultInjectionTest (seed " + seed + "):\n" + String.join("\n", log));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whole files: the earlier rows still first in metrics.csv, the summary parses, the samples are complete. */
    private static void requireWholeFiles(Path runDir, List<String> earlierRows, String what) throws IOException {
        List<String> csv = Files.readAllLines(runDir.resolve("metrics.csv"));
        assertThat(csv).as("metrics.csv; " + what).startsWith(earlierRows.toArray(String[]::new));
        assertThat(JSON.readTree(runDir.resolve("summary.json").toFile()).has("steps")).as(what).isTrue();
        assertThat(Files.readAllLines(runDir.resolve("final_samples.csv"))).as(what).hasSize(2001);
        assertThat(ImageIO.read(runDir.resolve("samples.png").toFile())).as(what).isNotNull();
    }

    private static List<String> temporaries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && n.endsWith(".tmp")).toList();
        }
    }

    private static int cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        assertThat(err.toString()).doesNotContain("error");
        return code;
    }
}
