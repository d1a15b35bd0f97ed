package ganexplorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import ganexplorer.train.MetricRow;
import ganexplorer.train.Snapshot;
import ganexplorer.train.TrainingConfig;
import ganexplorer.train.TrainingListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The files a headless run writes into its output folder, and its console progress. */
final class RunFiles implements TrainingListener, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path out;
    private final BufferedWriter csv;
    private final PrintWriter console;

    RunFiles(Path out, List<MetricRow> pastRows, PrintWriter console) throws IOException {
        this.out = out;
        this.console = console;
        Files.createDirectories(out);
        csv = Files.newBufferedWriter(out.resolve("metrics.csv"));
        csv.write(MetricRow.CSV_HEADER);
        csv.newLine();
        for (MetricRow row : pastRows) {
            csv.write(row.toCsv());
            csv.newLine();
        }
        csv.flush();
    }

    @Override
    public synchronized void onRow(MetricRow row) {
        try {
            csv.write(row.toCsv());
            csv.newLine();
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not append to " + out.resolve("metrics.csv"), e);
        }
        String modes = row.modesTotal() > 0 ? String.format(Locale.ROOT, "  modes %d/%d  hq %.2f", row.modesCovered(),
                row.modesTotal(), row.highQualityFraction()) : "";
        console.printf(Locale.ROOT, "step %6d  %-13s d_loss %8.4f  g_loss %8.4f  critic_w %8.4f  W1 %.4f%s%n", row.step(),
                row.objective(), row.criticLoss(), row.generatorLoss(), row.criticEstimate(), row.w1(), modes);
        console.flush();
    }

    @Override
    public void onMessage(String message) {
        console.println(message);
        console.flush();
    }

    /** summary.json, final_samples.csv and samples.png from the final snapshot and its metric row. */
    void writeFinal(TrainingConfig config, Snapshot last, double stepsPerSecond, double wallSeconds) throws IOException {
        List<MetricRow> history = last.history();
        MetricRow row = history.isEmpty() ? null : history.get(history.size() - 1);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("dataset", config.dataset());
        summary.put("objective", last.objective());
        summary.put("steps", last.step());
        summary.put("seed", config.seed());
        summary.put("w1", row == null ? null : row.w1());
        summary.put("modes_covered", row == null ? null : row.modesCovered());
        summary.put("modes_total", row == null ? null : row.modesTotal());
        summary.put("high_quality_fraction", row == null || Double.isNaN(row.highQualityFraction()) ? null : row.highQualityFraction());
        summary.put("critic_w", row == null ? null : row.criticEstimate());
        summary.put("steps_per_second", stepsPerSecond);
        summary.put("wall_seconds", wallSeconds);
        summary.put("message", last.message());
        JSON.writeValue(out.resolve("summary.json").toFile(), summary);

        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("final_samples.csv"))) {
            w.write("kind,x,y");
            w.newLine();
            writePoints(w, "real", last.real());
            writePoints(w, "fake", last.fake());
        }
        String caption = String.format(Locale.ROOT, "%s  step %d  %s  W1 %.3f%s", config.dataset(), last.step(),
                last.objective(), row == null ? Double.NaN : row.w1(),
                row != null && row.modesTotal() > 0 ? "  modes " + row.modesCovered() + "/" + row.modesTotal() : "");
        SamplePlot.write(last, caption, out.resolve("samples.png"));
    }

    private static void writePoints(BufferedWriter w, String kind, float[] xy) throws IOException {
        for (int i = 0; i + 1 < xy.length; i += 2) {
            w.write(kind + "," + xy[i] + "," + xy[i + 1]);
            w.newLine();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        csv.close();
    }
}
