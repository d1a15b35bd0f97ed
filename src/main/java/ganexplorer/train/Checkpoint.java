package ganexplorer.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A resumable run in one JSON file, {@code checkpoint.json}: the experiment, the exact training state (weights,
 * optimizer moments, counters) and the metric history. Written to a temporary file and moved into place, so a
 * crash mid-write never leaves a half checkpoint where a good one was. {@code provenance} says what wrote it; it is
 * null in checkpoints written before it was recorded (the format number stays: old files read as they did).
 */
public record Checkpoint(int format, TrainingConfig config, SessionState state, List<MetricRow> history,
                         Provenance provenance) {
    public static final String FILE_NAME = "checkpoint.json";
    public static final int FORMAT = 1;
    /** Its temporary files while being written: {@code .checkpoint-<random>.json.tmp}. */
    public static final String TEMP_PREFIX = ".checkpoint-";
    public static final String TEMP_SUFFIX = ".json.tmp";

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static Path save(Path directory, TrainingConfig config, SessionState state, List<MetricRow> history) {
        try {
            Path target = directory.resolve(FILE_NAME);
            writeWhole(new Checkpoint(FORMAT, config, state, List.copyOf(history), Provenance.current()), target,
                    TEMP_PREFIX, TEMP_SUFFIX);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a checkpoint into " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code value} as JSON into {@code target} whole: into a temporary file beside it (named by the prefix and
     * suffix, so a run folder can tell a leftover from the user's files), then moved over it, so a crash never leaves
     * half a file where a good one was.
     */
    public static void writeWhole(Object value, Path target, String tempPrefix, String tempSuffix) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, tempPrefix, tempSuffix);
        try {
            JSON.writeValue(temp.toFile(), value);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Reads {@code directory/checkpoint.json} (or the file itself), with a clear message if it is missing or damaged. */
    public static Checkpoint load(Path directoryOrFile) {
        Path file = Files.isDirectory(directoryOrFile) ? directoryOrFile.resolve(FILE_NAME) : directoryOrFile;
        try {
            Checkpoint c = JSON.readValue(file.toFile(), Checkpoint.class);
            if (c.format() != FORMAT || c.config() == null || c.state() == null) {
                throw new IllegalArgumentException(file + " is not a GAN Explorer checkpoint of format " + FORMAT);
            }
            return c;
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new IllegalArgumentException("no checkpoint at " + file + ": resume from a folder that a run wrote with --out");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is damaged or not a checkpoint (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    public Checkpoint {
        history = history == null ? List.of() : List.copyOf(history);
    }
}
