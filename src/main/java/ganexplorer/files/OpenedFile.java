package ganexplorer.files;

import ganexplorer.lesson.Lesson;
import ganexplorer.train.Checkpoint;
import ganexplorer.train.CheckpointCheck;
import ganexplorer.train.ExperimentFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A file the app opened, by what it holds: an experiment (a preset's format), a lesson, or a checkpoint to resume.
 * {@link #read} decides by content, not by name: a {@code .ganx} holds the JSON of either kind, and a checkpoint is
 * the {@code checkpoint.json} the CLI writes (or the run folder that holds it).
 */
public sealed interface OpenedFile {
    /** The file as given (a run folder for a checkpoint read from one). */
    Path path();

    record Experiment(Path path, ExperimentFile file) implements OpenedFile {
    }

    record LessonFile(Path path, Lesson lesson) implements OpenedFile {
    }

    record Resumable(Path path, Checkpoint checkpoint) implements OpenedFile {
    }

    /**
     * Reads and checks the file fully before anything uses it.
     *
     * @throws FileProblem for a missing, unreadable, empty, damaged, foreign or unusable file
     */
    static OpenedFile read(Path path) {
        Path file = path;
        if (Files.isDirectory(path)) {
            file = path.resolve(Checkpoint.FILE_NAME);
            if (!Files.isRegularFile(file)) {
                throw new FileProblem(FileProblem.Kind.DIRECTORY, path, null);
            }
        } else if (!Files.exists(path)) {
            throw new FileProblem(FileProblem.Kind.MISSING, path, null);
        }
        Set<String> fields = JsonSniff.topLevelFields(path, file);
        try {
            if (fields.contains("config") && fields.contains("state")) {
                Checkpoint c = Checkpoint.load(file);
                CheckpointCheck.requireFits(c, file);
                return new Resumable(path, c);
            }
            if (fields.contains("experiment")) {
                return new Experiment(path, ExperimentFile.read(file));
            }
            if (fields.contains("title") && fields.contains("steps")) {
                return new LessonFile(path, Lesson.read(file));
            }
        } catch (IllegalArgumentException e) {
            throw new FileProblem(FileProblem.Kind.INVALID, path, withoutPath(e.getMessage(), file), e);
        } catch (UncheckedIOException e) {
            throw new FileProblem(FileProblem.Kind.UNREADABLE, path, e.getCause().getMessage(), e);
        }
        throw new FileProblem(FileProblem.Kind.FOREIGN, path, null);
    }

    /** The readers name the file and what they read; the window's sentence already says both. */
    private static String withoutPath(String message, Path file) {
        if (message == null) {
            return "";
        }
        for (String said : new String[] {" is not a valid experiment file: ", " is not a valid lesson file: ", ": "}) {
            if (message.startsWith(file + said)) {
                return message.substring((file + said).length());
            }
        }
        return message;
    }
}
