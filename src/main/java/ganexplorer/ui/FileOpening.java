package ganexplorer.ui;

import ganexplorer.files.FileProblem;
import ganexplorer.files.OpenedFile;
import ganexplorer.files.RecentFiles;
import ganexplorer.lesson.Lesson;
import ganexplorer.train.Notice;
import ganexplorer.ui.controls.ControlsModel;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What opening a file does, without Nodes: File → Open, Open recent, a dropped file and the command line all come
 * here. The file is read and checked whole first; only a good one reaches the trainer, so a bad file is a notice and
 * the running experiment goes on as it was.
 */
public final class FileOpening {
    private final ControlsModel controls;
    private final NoticeBoard notices;
    private final Consumer<RecentFiles> remember;
    private RecentFiles recent;
    private Consumer<Lesson> lessons;

    public FileOpening(ControlsModel controls, NoticeBoard notices, RecentFiles recent, Consumer<RecentFiles> remember) {
        this.controls = controls;
        this.notices = notices;
        this.recent = recent;
        this.remember = remember;
        this.lessons = l -> notices.announce(Notice.Severity.INFO, Texts.get("file.lesson.player"));
    }

    /** Where an opened lesson goes (the lesson player, once it is wired). */
    public void onLesson(Consumer<Lesson> action) {
        lessons = action;
    }

    public RecentFiles recent() {
        return recent;
    }

    /** Opens {@code path}; false (and a notice that says why) when it cannot be used. */
    public boolean open(Path path) {
        OpenedFile opened;
        try {
            opened = OpenedFile.read(path);
        } catch (FileProblem p) {
            notices.announce(Notice.Severity.ERROR, message(p));
            if (p.kind() == FileProblem.Kind.MISSING) {
                remember(recent.without(path)); // a recent file that went away leaves the list
            }
            return false;
        }
        String name = name(path);
        if (opened instanceof OpenedFile.Experiment e) {
            controls.openExperiment(e.file().name(), e.file().experiment());
            notices.announce(Notice.Severity.SUCCESS, Texts.format("file.opened.experiment", name));
        } else if (opened instanceof OpenedFile.Resumable r) {
            controls.resume(r.checkpoint());
            notices.announce(Notice.Severity.SUCCESS, Texts.format("file.opened.checkpoint", name,
                    r.checkpoint().state().step()));
        } else if (opened instanceof OpenedFile.LessonFile l) {
            lessons.accept(l.lesson());
        }
        remember(recent.with(path));
        return true;
    }

    /** The sentence of a refused file in the window's language. */
    public static String message(FileProblem p) {
        return Texts.format("file.problem", Texts.format(p.key(), p.fileName(), p.detail()));
    }

    /** A file the window saved: first in the recent list. */
    public void remember(Path saved) {
        remember(recent.with(saved));
    }

    private void remember(RecentFiles next) {
        recent = next;
        remember.accept(next);
    }

    private static String name(Path path) {
        Path n = path.getFileName();
        return n == null ? path.toString() : n.toString();
    }
}
