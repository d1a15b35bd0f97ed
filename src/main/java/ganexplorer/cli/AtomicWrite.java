package ganexplorer.cli;

import ganexplorer.train.Checkpoint;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A run's files are written whole: into a temporary file beside the target, then moved over it. Whoever reads the
 * folder, or kills the run, sees the old file or the new one, never half of either.
 */
final class AtomicWrite {
    private static final String SUFFIX = ".tmp";

    private AtomicWrite() {
    }

    @FunctionalInterface
    interface Writer {
        void write(Path temp) throws IOException;
    }

    static void write(Path target, Writer writer) throws IOException {
        Path temp = createTemporary(target);
        try {
            writer.write(temp);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * An empty file {@code .<name>-<random>.tmp} beside {@code target}. Made with createFile rather than
     * createTempFile, whose owner-only permissions would carry over to the finished file.
     */
    static Path createTemporary(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        while (true) {
            Path temp = dir.resolve("." + target.getFileName() + "-"
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + SUFFIX);
            try {
                return Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A temporary file of a run (ours or a checkpoint's) that a run killed mid-write may have left behind. */
    static boolean isTemporary(String name) {
        if (name.startsWith(Checkpoint.TEMP_PREFIX) && name.endsWith(Checkpoint.TEMP_SUFFIX)) {
            return true;
        }
        return name.endsWith(SUFFIX) && OutputFolder.RUN_FILES.stream().anyMatch(f -> name.startsWith("." + f + "-"));
    }
}
