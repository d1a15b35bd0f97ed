package ganexplorer.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Why a file or folder could not be read, in words a user can act on. The JDK's own messages for these cases are
 * often just the path again ("cannot be read: /data/x" says nothing), so the loaders map the exception type here.
 */
final class FileProblems {
    /** Linux stops following links after 40; a longer chain is as good as a loop for the user. */
    private static final int MAX_LINKS = 40;

    private FileProblems() {
    }

    /** The cause in a few words: "permission denied", "no such file or folder", "a symbolic-link loop", ... */
    static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (isLinkLoop(e)) {
            return "it is a symbolic-link loop";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** "PATH: cannot be read: WHY", with what to do about it when the cause says. */
    static IllegalArgumentException unreadable(Path path, IOException e) {
        return new IllegalArgumentException(path + ": cannot be read: " + why(e) + advice(e, "read it"));
    }

    /** "FOLDER: cannot be listed: WHY", with what to do about it when the cause says. */
    static IllegalArgumentException unlistable(Path folder, IOException e) {
        return new IllegalArgumentException(folder + ": cannot be listed: " + why(e)
                + advice(e, "list it (read and execute on the folder)"));
    }

    /** What to do, after the cause; empty when there is nothing better to say than the cause. */
    static String advice(IOException e, String access) {
        if (e instanceof AccessDeniedException) {
            return "; fix its permissions so this user can " + access;
        }
        if (isLinkLoop(e)) {
            return "; point the link at the data";
        }
        return "";
    }

    /**
     * ELOOP: the JDK on Unix reports it as a plain FileSystemException whose reason it suffixes, in English whatever
     * the locale, with "or unable to access attributes of symbolic link"; the chain walk covers other platforms.
     */
    static boolean isLinkLoop(IOException e) {
        if (!(e instanceof FileSystemException fs) || e instanceof AccessDeniedException || e instanceof NoSuchFileException) {
            return false;
        }
        String reason = fs.getReason();
        if (reason != null && (reason.contains("symbolic link") || reason.contains("Too many levels"))) {
            return true;
        }
        return fs.getFile() != null && linksLoop(Path.of(fs.getFile()));
    }

    /** True when following {@code path}'s own chain of links comes back to a link already seen. */
    static boolean linksLoop(Path path) {
        Set<Path> seen = new HashSet<>();
        Path at = path.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(at)) {
                if (!seen.add(at) || seen.size() > MAX_LINKS) {
                    return true;
                }
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            }
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        return false;
    }
}
