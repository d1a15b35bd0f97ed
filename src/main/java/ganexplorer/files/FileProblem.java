package ganexplorer.files;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file could not be opened, for the user: the window shows {@link #key()} from its bundle with the file's name
 * and {@link #detail()}; the English {@link #getMessage()} serves logs and the command line. Nothing is changed by a
 * refused file: the running experiment goes on.
 */
public final class FileProblem extends RuntimeException {
    /** What is wrong, each with its own sentence in the bundles ({@code file.problem.<kind>}). */
    public enum Kind {
        MISSING("there is no file at %s"),
        DIRECTORY("%s is a folder without a checkpoint.json; open a file, or a run folder the CLI wrote"),
        UNREADABLE("%s cannot be read: %s"),
        EMPTY("%s is empty"),
        CORRUPT("%s is damaged: it starts as JSON but does not parse (%s)"),
        FOREIGN("%s is not a GAN Explorer file: open an experiment, a lesson (.ganx, .json) or a checkpoint"),
        INVALID("%s is a GAN Explorer file that cannot be used: %s");

        private final String english;

        Kind(String english) {
            this.english = english;
        }

        /** The bundle key of this kind's sentence, which takes the file's name and the detail (%1$s, %2$s). */
        public String key() {
            return "file.problem." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;
    private final transient Path path;
    private final String detail;

    public FileProblem(Kind kind, Path path, String detail, Throwable cause) {
        super(String.format(Locale.ROOT, kind.english, path, detail == null ? "" : detail), cause);
        this.kind = kind;
        this.path = path;
        this.detail = detail == null ? "" : detail;
    }

    public FileProblem(Kind kind, Path path, String detail) {
        this(kind, path, detail, null);
    }

    public Kind kind() {
        return kind;
    }

    public Path path() {
        return path;
    }

    /** What the reader said (English), or empty. */
    public String detail() {
        return detail;
    }

    public String key() {
        return kind.key();
    }

    /** The file's own name, as the message shows it. */
    public String fileName() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
