package ganexplorer.cli;

import ganexplorer.train.MetricRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * metrics.csv, a row at a time, without ever emptying an earlier run's file. A new run in a fresh folder streams into
 * metrics.csv itself; a run that replaces an earlier one (--overwrite) streams into a temporary file that takes the
 * old file's place when the run ends; a resumed run first puts a complete file of the rows so far in place, then
 * appends to it. Nothing is written before the first row, so a run that fails to start leaves the folder as it was.
 */
final class MetricsCsv implements AutoCloseable {
    static final String FILE_NAME = "metrics.csv";

    private final Path target;
    /** Lines the file starts with: the rows so far of a resumed run (header first), or none. */
    private final List<String> prefix;
    /** Whether an earlier run's metrics.csv stays until this run ends. */
    private final boolean replaceAtEnd;
    /** Where rows go once the first arrives: the target, or a temporary file that replaces it at {@link #finish()}. */
    private Path stream;
    private BufferedWriter writer;
    private boolean headerWritten;

    private MetricsCsv(Path target, List<String> prefix, boolean replaceAtEnd) {
        this.target = target;
        this.prefix = List.copyOf(prefix);
        this.replaceAtEnd = replaceAtEnd;
    }

    /** A new run: rows go into a fresh metrics.csv, or beside an earlier run's until this one ends. */
    static MetricsCsv startNew(Path dir) {
        Path target = dir.resolve(FILE_NAME);
        return new MetricsCsv(target, List.of(), Files.exists(target));
    }

    /**
     * A resumed run: metrics.csv becomes the checkpoint's rows, plus any rows up to its step that only the earlier
     * metrics.csv had (a row still being measured when the checkpoint was taken), written whole, then appended to.
     *
     * @param earlier the metrics.csv of the run being resumed, or null
     */
    static MetricsCsv resume(Path dir, List<MetricRow> history, long checkpointStep, Path earlier) throws IOException {
        List<String> lines = merge(history, checkpointStep, earlier != null && Files.isRegularFile(earlier)
                ? completeLines(earlier) : List.of());
        return new MetricsCsv(dir.resolve(FILE_NAME), lines, false);
    }

    /**
     * The checkpoint's rows, and the earlier file's rows up to {@code upToStep} that the checkpoint lacks, if that
     * file belongs to the same run: its header matches and it agrees with the checkpoint on every step both have
     * (a file of another run, e.g. one an interrupted --overwrite run was to replace, agrees on none).
     */
    static List<String> merge(List<MetricRow> history, long upToStep, List<String> earlier) {
        if (history.isEmpty()) {
            return List.of();
        }
        String header = history.get(0).csvHeader();
        Map<Long, String> rows = new TreeMap<>();
        history.forEach(r -> rows.put(r.step(), r.toCsv()));
        if (!earlier.isEmpty() && earlier.get(0).equals(header)) {
            Map<Long, String> old = new TreeMap<>();
            for (String line : earlier.subList(1, earlier.size())) {
                Long step = stepOf(line);
                if (step != null && step <= upToStep) {
                    old.put(step, line);
                }
            }
            boolean sameRun = old.keySet().stream().anyMatch(rows::containsKey)
                    && old.entrySet().stream().allMatch(e -> !rows.containsKey(e.getKey()) || rows.get(e.getKey()).equals(e.getValue()));
            if (sameRun) {
                old.forEach(rows::putIfAbsent);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows.values());
        return lines;
    }

    /** The file's lines, without a last one cut short by a kill. */
    private static List<String> completeLines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\r?\n", -1));
    }

    private static Long stepOf(String line) {
        int comma = line.indexOf(',');
        try {
            return comma < 0 ? null : Long.parseLong(line.substring(0, comma));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void open() throws IOException {
        if (writer != null) {
            return;
        }
        if (replaceAtEnd) {
            stream = AtomicWrite.createTemporary(target);
            Files.write(stream, prefix, StandardCharsets.UTF_8);
        } else if (!prefix.isEmpty() || Files.exists(target)) {
            stream = target;
            AtomicWrite.write(target, temp -> Files.write(temp, prefix, StandardCharsets.UTF_8));
        } else {
            stream = Files.createFile(target);
        }
        headerWritten = !prefix.isEmpty();
        writer = Files.newBufferedWriter(stream, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** The header comes with the first row: its columns depend on the kind of data (points or images). */
    synchronized void append(MetricRow row) throws IOException {
        open();
        if (!headerWritten) {
            writer.write(row.csvHeader());
            writer.newLine();
            headerWritten = true;
        }
        writer.write(row.toCsv());
        writer.newLine();
        writer.flush();
    }

    /** The run ended: its rows are complete, so a temporary file now replaces the earlier run's metrics.csv. */
    synchronized void finish() throws IOException {
        open();
        writer.flush();
        if (!stream.equals(target)) {
            AtomicWrite.moveIntoPlace(stream, target);
            stream = target;
        }
    }

    Path file() {
        return target;
    }

    /** Closes the file; rows in a temporary file that was not finished are dropped (the checkpoint has them). */
    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            if (!stream.equals(target)) {
                Files.deleteIfExists(stream);
            }
        }
    }
}
