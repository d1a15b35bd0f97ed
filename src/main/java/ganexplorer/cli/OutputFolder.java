package ganexplorer.cli;

import ganexplorer.train.Checkpoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder a run writes into, held for as long as the run lasts. It owns the rules that keep a user's runs safe:
 * a folder another live process writes into is refused (a lock file holding that process's id), a folder holding an
 * earlier run is refused unless --overwrite (the default folder moves on to a numbered one instead), and temporary
 * files that a killed run left are removed once the lock shows that nobody is writing them.
 */
final class OutputFolder implements AutoCloseable {
    /** The files that make a folder "hold a run". */
    static final List<String> RUN_FILES = List.of(Checkpoint.FILE_NAME, "metrics.csv", "summary.json",
            "final_samples.csv", "samples.png");
    static final String LOCK_FILE = ".lock";
    private static final int MAX_NUMBER = 1000;

    /** How the folder was chosen, which decides what happens when it holds a run already. */
    enum Choice {
        /** --out: refused if it holds another run, unless --overwrite. */
        GIVEN,
        /** The default runs/<dataset>-<objective>-seed<seed>: a numbered folder beside it instead (-2, -3, ...). */
        DEFAULT,
        /** The folder of the run being resumed, which continues in it. */
        RESUMED
    }

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;
    /** The highest folder this run created (removed again if the run wrote nothing), or null. */
    private final Path created;

    private OutputFolder(Path dir, FileChannel channel, FileLock lock, Path created) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
        this.created = created;
    }

    Path path() {
        return dir;
    }

    /** Whether the folder holds files of a run already (this one's, once it has written any). */
    boolean holdsRun() {
        return !runFiles(dir).isEmpty();
    }

    /**
     * Creates and locks the folder for a run; {@code option} names it in messages (--out or --resume).
     *
     * @throws IllegalArgumentException saying what to do when the folder cannot be used
     */
    static OutputFolder open(Path requested, Choice choice, boolean overwrite, String option, PrintWriter console) {
        checkPlace(requested, option);
        if (choice == Choice.DEFAULT && !overwrite) {
            return openNumbered(requested, console);
        }
        Attempt attempt = tryOpen(requested, option);
        if (attempt instanceof Busy busy) {
            throw new IllegalArgumentException(busy.sentence() + "; wait until it ends, or give another --out");
        }
        OutputFolder folder = ((Locked) attempt).folder();
        List<String> existing = runFiles(requested);
        if (choice != Choice.RESUMED && !overwrite && !existing.isEmpty()) {
            folder.close();
            throw new IllegalArgumentException(requested + " holds an earlier run (" + String.join(", ", existing) + "); "
                    + (existing.contains(Checkpoint.FILE_NAME) ? "continue it with train --resume " + requested
                    + " --steps N, " : "") + "replace it with --overwrite, or give another --out");
        }
        folder.removeStaleTemporaries(console);
        return folder;
    }

    /** The default folder, or the first numbered one beside it that holds no run and that nobody writes into. */
    private static OutputFolder openNumbered(Path base, PrintWriter console) {
        String whyNotBase = null;
        for (int n = 1; n <= MAX_NUMBER; n++) {
            Path candidate = n == 1 ? base : base.resolveSibling(base.getFileName() + "-" + n);
            String whyNot = null;
            OutputFolder folder = null;
            if (!runFiles(candidate).isEmpty()) {
                whyNot = candidate + " holds an earlier run";
            } else {
                checkPlace(candidate, "--out");
                Attempt attempt = tryOpen(candidate, "--out");
                if (attempt instanceof Busy busy) {
                    whyNot = busy.sentence();
                } else {
                    folder = ((Locked) attempt).folder();
                }
                if (folder != null && folder.holdsRun()) { // a run that ended between the look and the lock
                    folder.close();
                    folder = null;
                    whyNot = candidate + " holds an earlier run";
                }
            }
            if (folder == null) {
                whyNotBase = whyNotBase == null ? whyNot : whyNotBase;
                continue;
            }
            if (n > 1) {
                console.printf("%s; this run writes into %s (--out chooses the folder, --overwrite replaces the earlier run)%n",
                        whyNotBase, candidate);
            }
            folder.removeStaleTemporaries(console);
            return folder;
        }
        throw new IllegalArgumentException(base + " and " + MAX_NUMBER + " numbered folders beside it hold runs; "
                + "give another --out, or replace the first with --overwrite");
    }

    /** Refuses, before anything is created or loaded, a path that can never be a folder. */
    private static void checkPlace(Path requested, String option) {
        if (requested.toString().isBlank()) {
            throw new IllegalArgumentException(option + " is empty; give the path of a folder");
        }
        if (Files.exists(requested) && !Files.isDirectory(requested)) {
            throw new IllegalArgumentException(option + " " + requested + " is a file, not a folder; give the path of a "
                    + "folder (it is created if it does not exist)");
        }
        for (Path p = requested.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new IllegalArgumentException(option + " " + requested + " cannot be created: " + p
                            + " is a file, not a folder; give another path");
                }
                return;
            }
        }
    }

    /** What trying to take a folder gave: the folder, locked, or the run that holds it. */
    private sealed interface Attempt permits Locked, Busy {
    }

    private record Locked(OutputFolder folder) implements Attempt {
    }

    /** The folder, created and locked, or who holds it. */
    private static Attempt tryOpen(Path dir, String option) {
        Path created = highestMissing(dir);
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // another run in this very process holds it
            }
            if (lock == null) {
                Busy busy = new Busy(dir, holder(channel));
                channel.close();
                return busy;
            }
            // the holder's id, for the message of whoever finds the folder locked
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            return new Locked(new OutputFolder(dir, channel, lock, created));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalArgumentException(option + " " + dir + " cannot be written (" + reason(e)
                    + "); give a folder you can write to");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e instanceof java.nio.file.NoSuchFileException ? "that place does not take new folders" : e.toString();
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
        return text.matches("\\d+") ? text : null;
    }

    private static Path highestMissing(Path dir) {
        Path missing = null;
        for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    private static List<String> runFiles(Path dir) {
        return RUN_FILES.stream().filter(f -> Files.exists(dir.resolve(f))).toList();
    }

    /** Safe only while holding the lock: then no live run is writing them. */
    private void removeStaleTemporaries(PrintWriter console) {
        int removed = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> AtomicWrite.isTemporary(p.getFileName().toString())).toList()) {
                Files.deleteIfExists(p);
                removed++;
            }
        } catch (IOException e) {
            console.println("warning: could not remove old temporary files in " + dir + ": " + e.getMessage());
        }
        if (removed > 0) {
            console.printf("Removed %d unfinished temporary file%s that an interrupted run left in %s%n", removed,
                    removed == 1 ? "" : "s", dir);
        }
    }

    /** Releases the lock; a folder this run created and wrote nothing into is removed again. */
    @Override
    public void close() {
        try {
            if (created != null && onlyTheLockIsLeft()) {
                Files.deleteIfExists(dir.resolve(LOCK_FILE));
                for (Path p = dir.toAbsolutePath(); p != null && p.startsWith(created); p = p.getParent()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // an empty folder left behind is harmless
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channel releases it too
            }
            closeQuietly(channel);
        }
    }

    private boolean onlyTheLockIsLeft() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.allMatch(p -> p.getFileName().toString().equals(LOCK_FILE));
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }

    /** A folder another run holds. */
    private record Busy(Path dir, String pid) implements Attempt {
        String sentence() {
            String who = pid == null ? "another process"
                    : pid.equals(Long.toString(ProcessHandle.current().pid())) ? "another run in this process, " + pid
                    : "process " + pid;
            return dir + " is in use by another run (" + who + ")";
        }
    }
}
