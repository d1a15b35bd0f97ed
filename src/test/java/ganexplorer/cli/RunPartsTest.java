package ganexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ganexplorer.train.Checkpoint;
import ganexplorer.train.MetricRow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts behind RunSafetyTest, each on its own: the metrics merge on resume, the folder lock, the schedule. */
class RunPartsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private int train(Path dir, long steps) {
        return run("train", "--dataset", "ring8", "--g-hidden", "32", "--d-hidden", "32", "--batch", "64", "--log-every",
                "10", "--steps", Long.toString(steps), "--out", dir.toString());
    }

    @Test
    void theMergeOnResumeShouldKeepRowsOnlyTheEarlierFileHasAndIgnoreAnotherRunsFile(@TempDir Path dir) throws Exception {
        assertThat(train(dir, 30)).as(err.toString()).isZero();
        List<MetricRow> history = Checkpoint.load(dir).history();
        List<String> csv = Files.readAllLines(dir.resolve("metrics.csv"));
        assertThat(history).hasSize(3);

        // the checkpoint was taken at step 30 while row 30 was still being measured: the file has it, the checkpoint not
        assertThat(MetricsCsv.merge(history.subList(0, 2), 30, csv)).isEqualTo(csv);
        // rows past the checkpoint's step are trained again, so they go
        assertThat(MetricsCsv.merge(history.subList(0, 2), 20, csv)).isEqualTo(csv.subList(0, 3));
        // a file of another run (different numbers at the same steps) is not mixed in
        List<String> other = csv.stream().map(l -> l.replaceFirst(",bce,[^,]*,", ",bce,9.5,")).toList();
        assertThat(MetricsCsv.merge(history.subList(0, 2), 30, other)).isEqualTo(csv.subList(0, 3));
        assertThat(MetricsCsv.merge(List.of(), 30, csv)).isEmpty();
    }

    /** Item 5 within one process; RunSignalsTest has it between two. */
    @Test
    void aFolderInUseShouldBeRefusedSayingWhoHoldsIt(@TempDir Path dir) throws Exception {
        try (OutputFolder held = OutputFolder.open(dir, OutputFolder.Choice.GIVEN, false, "--out",
                new PrintWriter(new StringWriter()))) {
            assertThat(Files.readString(dir.resolve(".lock")).trim())
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
            assertThat(train(dir, 10)).isEqualTo(2);
            assertThat(err.toString()).contains(dir + " is in use by another run")
                    .contains(Long.toString(ProcessHandle.current().pid())).contains("give another --out");
            assertThat(held.holdsRun()).isFalse();
        }
        assertThat(train(dir, 10)).as(err.toString()).isZero();
    }

    // --checkpoint-every

    @Test
    void theCheckpointScheduleShouldCountStepsOrTime() {
        CheckpointSchedule steps = CheckpointSchedule.parse("500");
        assertThat(steps.due(499, Long.MAX_VALUE)).isFalse();
        assertThat(steps.due(500, 0)).isTrue();
        CheckpointSchedule time = CheckpointSchedule.parse(CheckpointSchedule.DEFAULT);
        assertThat(time.due(1, 59_000_000_000L)).isFalse();
        assertThat(time.due(1, 60_000_000_000L)).isTrue();
        assertThat(time.due(0, 600_000_000_000L)).as("nothing new to save").isFalse();
        assertThat(CheckpointSchedule.parse("5m").due(1, 300_000_000_000L)).isTrue();
        for (String bad : List.of("0", "-3", "soon", "10h", "")) {
            assertThatThrownBy(() -> CheckpointSchedule.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--checkpoint-every takes a number of steps");
        }
        assertThat(run("train", "--steps", "1", "--checkpoint-every", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("--checkpoint-every takes");
    }
}
