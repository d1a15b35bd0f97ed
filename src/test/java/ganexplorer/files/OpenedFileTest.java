package ganexplorer.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ganexplorer.lesson.Lesson;
import ganexplorer.train.Checkpoint;
import ganexplorer.train.ExperimentFile;
import ganexplorer.train.Presets;
import ganexplorer.train.ScheduledSwap;
import ganexplorer.train.Session;
import ganexplorer.train.SessionState;
import ganexplorer.train.SwapEvent;
import ganexplorer.train.TrainingConfig;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One way in for every file: decided by what it holds, and a clear refusal for anything else. */
class OpenedFileTest {
    @TempDir
    Path dir;

    private static FileProblem.Kind problemOf(Path p) {
        try {
            OpenedFile.read(p);
        } catch (FileProblem e) {
            assertThat(e.getMessage()).as("the English message names the file").contains(p.getFileName().toString());
            return e.kind();
        }
        throw new AssertionError(p + " opened");
    }

    @Test
    void aSavedExperimentShouldOpenAsTheSameExperimentWhateverItsExtension() throws Exception {
        TrainingConfig ring = Presets.byName("ring-wgan-gp").config().withSeed(7);
        ExperimentFile saved = SavedExperiment.of("my-ring", "My ring", ring,
                List.of(new SwapEvent(120, "wgan-gp", "hinge")), 300);
        for (String name : List.of("my-ring.ganx", "my-ring.json", "no-extension")) {
            Path file = dir.resolve(name);
            SavedExperiment.write(saved, file);
            OpenedFile opened = OpenedFile.read(file);
            assertThat(opened).isInstanceOf(OpenedFile.Experiment.class);
            ExperimentFile back = ((OpenedFile.Experiment) opened).file();
            assertThat(back).isEqualTo(saved);
            assertThat(back.experiment().seed()).isEqualTo(7);
            assertThat(back.experiment().swaps()).containsExactly(new ScheduledSwap(120, "hinge"));
            assertThat(back.steps()).isEqualTo(300);
        }
        assertThat(Files.list(dir)).as("no temporary file left").hasSize(3);
    }

    @Test
    void aSaveShouldKeepTheScheduledSwapsStillToComeAndNotRepeatTheOnesDone() {
        TrainingConfig c = Presets.byName("ring-wgan-gp").config().withSwaps(List.of(new ScheduledSwap(100, "hinge"),
                new ScheduledSwap(900, "least-squares")));
        ExperimentFile f = SavedExperiment.of("x", "", c, List.of(new SwapEvent(100, "wgan-gp", "hinge"),
                new SwapEvent(400, "hinge", "bce")), 500);
        assertThat(f.experiment().swaps()).containsExactly(new ScheduledSwap(100, "hinge"),
                new ScheduledSwap(400, "bce"), new ScheduledSwap(900, "least-squares"));
    }

    @Test
    void aLessonShouldOpenAsALessonAlsoAsGanx() throws Exception {
        Path file = Files.copy(Path.of("src/main/resources/ganexplorer/lessons/dcgan-vs-wgan.json"),
                dir.resolve("lesson.ganx"));
        OpenedFile opened = OpenedFile.read(file);
        assertThat(opened).isInstanceOf(OpenedFile.LessonFile.class);
        assertThat(((OpenedFile.LessonFile) opened).lesson()).isEqualTo(Lesson.builtIn("dcgan-vs-wgan"));
    }

    @Test
    void aCheckpointShouldOpenToResumeFromItsFileOrTheRunFolderTheCliWrote() {
        TrainingConfig dirac = Presets.byName("dirac-simultaneous").config();
        Session s = Session.open(dirac);
        for (int i = 0; i < 5; i++) {
            s.iterate(false);
        }
        SessionState state = s.capture();
        Path run = dir.resolve("run");
        Path file = Checkpoint.save(run, dirac, state, List.of());
        for (Path p : List.of(run, file)) {
            OpenedFile opened = OpenedFile.read(p);
            assertThat(opened).isInstanceOf(OpenedFile.Resumable.class);
            Checkpoint c = ((OpenedFile.Resumable) opened).checkpoint();
            assertThat(c.config()).isEqualTo(dirac);
            assertThat(c.state().step()).isEqualTo(5);
            assertThat(c.state().generator()).containsExactly(state.generator());
        }
    }

    @Test
    void aCheckpointWhoseWeightsDoNotFitItsModelShouldBeRefusedAsUnusable() throws Exception {
        TrainingConfig ring = Presets.byName("ring-wgan-gp").config();
        SessionState good = Session.open(ring).capture();
        SessionState cut = new SessionState(good.step(), good.criticUpdates(), good.objective(), good.hyperparameters(),
                Arrays.copyOf(good.generator(), 10), good.critic(), good.generatorOptimizer(),
                good.generatorOptimizerIteration(), good.criticOptimizer(), good.criticOptimizerIteration(), good.events());
        Path file = Checkpoint.save(dir.resolve("cut"), ring, cut, List.of());
        assertThatThrownBy(() -> OpenedFile.read(file)).isInstanceOfSatisfying(FileProblem.class, e -> {
            assertThat(e.kind()).isEqualTo(FileProblem.Kind.INVALID);
            assertThat(e.detail()).contains("generator's weights have 10 values");
        });
    }

    @Test
    void corruptJsonShouldSayItIsDamagedAndWhere() throws Exception {
        Path file = Files.writeString(dir.resolve("half.ganx"), "{\n  \"format\": 1,\n  \"name\": \"x\",\n  \"experiment\": {");
        assertThat(problemOf(file)).isEqualTo(FileProblem.Kind.CORRUPT);
        Path typo = Files.writeString(dir.resolve("typo.json"), "{\"format\": 1,, \"name\": \"x\"}");
        assertThatThrownBy(() -> OpenedFile.read(typo)).isInstanceOfSatisfying(FileProblem.class,
                e -> assertThat(e.detail()).contains("line 1"));
    }

    @Test
    void anEmptyFileShouldSayItIsEmpty() throws Exception {
        assertThat(problemOf(Files.writeString(dir.resolve("empty.ganx"), ""))).isEqualTo(FileProblem.Kind.EMPTY);
        assertThat(problemOf(Files.writeString(dir.resolve("blank.ganx"), " \n\t "))).isEqualTo(FileProblem.Kind.EMPTY);
    }

    @Test
    void aPictureOrForeignJsonShouldSayItIsNoGanExplorerFile() throws Exception {
        Path png = dir.resolve("picture.ganx");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        assertThat(problemOf(png)).isEqualTo(FileProblem.Kind.FOREIGN);
        Path other = Files.writeString(dir.resolve("package.json"), "{\"name\": \"left-pad\", \"version\": \"1.0.0\"}");
        assertThat(problemOf(other)).isEqualTo(FileProblem.Kind.FOREIGN);
        Path list = Files.writeString(dir.resolve("list.json"), "[1, 2]");
        assertThat(problemOf(list)).isEqualTo(FileProblem.Kind.FOREIGN);
    }

    @Test
    void anExperimentThatDoesNotValidateShouldSayWhat() throws Exception {
        String ring = Files.readString(Path.of("src/main/resources/ganexplorer/presets/ring-wgan-gp.json"));
        Path bad = Files.writeString(dir.resolve("bad.ganx"), ring.replace("\"ring8\"", "\"ring9\""));
        assertThatThrownBy(() -> OpenedFile.read(bad)).isInstanceOfSatisfying(FileProblem.class, e -> {
            assertThat(e.kind()).isEqualTo(FileProblem.Kind.INVALID);
            assertThat(e.detail()).contains("ring9").doesNotContain(bad.toString());
        });
        Path future = Files.writeString(dir.resolve("future.ganx"), ring.replace("\"format\": 1", "\"format\": 2"));
        assertThatThrownBy(() -> OpenedFile.read(future)).isInstanceOfSatisfying(FileProblem.class,
                e -> assertThat(e.detail()).contains("format 2"));
    }

    @Test
    void aFolderWithoutACheckpointAndAMissingPathShouldSaySo() throws Exception {
        assertThat(problemOf(Files.createDirectory(dir.resolve("folder")))).isEqualTo(FileProblem.Kind.DIRECTORY);
        assertThat(problemOf(dir.resolve("gone.ganx"))).isEqualTo(FileProblem.Kind.MISSING);
    }

    @Test
    void anUnreadableFileShouldSaySo() throws Exception {
        Path file = Files.writeString(dir.resolve("secret.ganx"), "{}");
        if (file.toFile().setReadable(false, false) && !Files.isReadable(file)) {
            assertThat(problemOf(file)).isEqualTo(FileProblem.Kind.UNREADABLE);
        }
        // as root (CI) every file is readable by permission; a file whose read fails anyway: this process's memory,
        // which Linux refuses to read at offset 0 (EIO)
        Path mem = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(mem), "not Linux (CI is): no /proc/self/mem");
        assertThat(problemOf(mem)).isEqualTo(FileProblem.Kind.UNREADABLE);
    }

    @Test
    void recentFilesShouldKeepTheNewestFiveEachOnce() {
        RecentFiles r = RecentFiles.none();
        for (int i = 1; i <= 6; i++) {
            r = r.with(Path.of("/tmp/f" + i + ".ganx"));
        }
        r = r.with(Path.of("/tmp/./f3.ganx"));
        assertThat(r.files()).extracting(Path::toString).containsExactly("/tmp/f3.ganx", "/tmp/f6.ganx",
                "/tmp/f5.ganx", "/tmp/f4.ganx", "/tmp/f2.ganx");
        assertThat(r.without(Path.of("/tmp/f6.ganx")).files()).hasSize(4).doesNotContain(Path.of("/tmp/f6.ganx"));
    }
}
