package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.files.FileProblem;
import ganexplorer.files.RecentFiles;
import ganexplorer.files.SavedExperiment;
import ganexplorer.lesson.Lesson;
import ganexplorer.train.Checkpoint;
import ganexplorer.train.Command;
import ganexplorer.train.Notice;
import ganexplorer.train.Presets;
import ganexplorer.train.Session;
import ganexplorer.train.SwapEvent;
import ganexplorer.train.TrainingConfig;
import ganexplorer.ui.controls.ControlsModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Open's decisions without a window: what goes to the trainer, what the notice says, what is remembered. */
class FileOpeningTest {
    @TempDir
    Path dir;
    private final List<Command> sent = new ArrayList<>();
    private final NoticeBoard notices = new NoticeBoard(System::currentTimeMillis);
    private final TrainingConfig ring = Presets.byName("ring-wgan-gp").config();
    private final ControlsModel controls = new ControlsModel(ring, "ring-wgan-gp", sent::add, notices);
    private final List<RecentFiles> remembered = new ArrayList<>();
    private final FileOpening opening = new FileOpening(controls, notices, RecentFiles.none(), remembered::add);

    @AfterEach
    void english() {
        Texts.setLanguage(Language.EN);
    }

    @Test
    void anExperimentFileShouldStartItsExperimentAndJoinTheRecentFiles() {
        TrainingConfig mine = ring.withSeed(42);
        Path file = dir.resolve("mine.ganx");
        SavedExperiment.write(SavedExperiment.of("mine", "", mine, List.of(new SwapEvent(50, "wgan-gp", "hinge")), 80), file);
        assertThat(opening.open(file)).isTrue();
        assertThat(sent).hasSize(1);
        Command.NewExperiment started = (Command.NewExperiment) sent.get(0);
        assertThat(started.config().seed()).isEqualTo(42);
        assertThat(started.config().swaps()).extracting(s -> s.objective()).containsExactly("hinge");
        assertThat(controls.presetLabel()).as("no preset of that name").isEqualTo("no preset");
        assertThat(notices.current().severity()).isEqualTo(Notice.Severity.SUCCESS);
        assertThat(notices.current().text()).contains("mine.ganx");
        assertThat(opening.recent().files()).containsExactly(file.toAbsolutePath());
        assertThat(remembered).isNotEmpty();
    }

    @Test
    void aCheckpointShouldResumeItsRun() {
        TrainingConfig dirac = Presets.byName("dirac-simultaneous").config();
        Session s = Session.open(dirac);
        s.iterate(false);
        Path file = Checkpoint.save(dir.resolve("run"), dirac, s.capture(), List.of());
        assertThat(opening.open(file)).isTrue();
        Command.Resume resume = (Command.Resume) sent.get(0);
        assertThat(resume.config()).isEqualTo(dirac);
        assertThat(resume.state().step()).isEqualTo(1);
        assertThat(notices.current().text()).contains("from step 1");
    }

    @Test
    void aLessonShouldGoToTheLessonHookAndStartNothing() throws Exception {
        Path file = Files.copy(Path.of("src/main/resources/ganexplorer/lessons/why-gans-oscillate.json"),
                dir.resolve("oscillate.ganx"));
        assertThat(opening.open(file)).isTrue();
        assertThat(sent).isEmpty();
        assertThat(notices.current().text()).isEqualTo("Lessons open in the lesson player.");
        List<Lesson> played = new ArrayList<>();
        opening.onLesson(played::add);
        opening.open(file);
        assertThat(played).extracting(Lesson::name).containsExactly("why-gans-oscillate");
        assertThat(sent).isEmpty();
    }

    @Test
    void aBadFileShouldBeANoticeThatSaysWhyAndSendNothing() throws Exception {
        Path corrupt = Files.writeString(dir.resolve("broken.ganx"), "{\"format\": 1, \"experiment\": ");
        assertThat(opening.open(corrupt)).isFalse();
        assertThat(sent).as("the running experiment is untouched").isEmpty();
        Notice n = notices.current();
        assertThat(n.severity()).isEqualTo(Notice.Severity.ERROR);
        assertThat(n.text()).startsWith("broken.ganx is damaged").endsWith("The running experiment goes on as it was.");
        assertThat(opening.recent().files()).isEmpty();
        assertThat(controls.presetLabel()).isEqualTo("ring-wgan-gp");

        Texts.setLanguage(Language.ZH_CN);
        opening.open(corrupt);
        assertThat(notices.current().text()).startsWith("broken.ganx 已损坏").contains("正在运行的实验保持不变");
    }

    @Test
    void aRecentFileThatWentAwayShouldLeaveTheList() throws Exception {
        Path file = dir.resolve("gone.ganx");
        SavedExperiment.write(SavedExperiment.of("gone", "", ring, List.of(), 10), file);
        opening.open(file);
        Files.delete(file);
        assertThat(opening.open(file)).isFalse();
        assertThat(notices.current().text()).contains("gone.ganx is not there any more");
        assertThat(opening.recent().files()).isEmpty();
        assertThat(remembered.get(remembered.size() - 1).files()).isEmpty();
    }

    @Test
    void everyKindOfProblemShouldHaveItsSentenceInBothLanguages() {
        for (FileProblem.Kind k : FileProblem.Kind.values()) {
            String en = Texts.in(Language.EN, k.key());
            String zh = Texts.in(Language.ZH_CN, k.key());
            assertThat(en).as(k.key()).contains("%1$s");
            assertThat(zh).as(k.key()).contains("%1$s").isNotEqualTo(en);
        }
    }

    @Test
    void aboutShouldSayTheBuildTheRuntimesAndWhereThingsAreKept() {
        AboutFacts f = AboutFacts.current("ganexplorer-test");
        assertThat(f.version()).isNotBlank();
        assertThat(f.commit()).isNotBlank();
        assertThat(f.java()).startsWith(System.getProperty("java.version"));
        assertThat(f.settings()).endsWith("ganexplorer-test");
        assertThat(f.exports()).isEqualTo(AppPaths.exports());
        assertThat(f.checkpoints()).isEqualTo(AppPaths.checkpoints());
        assertThat(f.blas()).isNotBlank();
    }
}
