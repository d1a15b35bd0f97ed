package ganexplorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import ganexplorer.train.ClassGrid;
import ganexplorer.train.MetricRow;
import ganexplorer.train.ImagePictures;
import ganexplorer.train.PlanePictures;
import ganexplorer.train.Provenance;
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

/**
 * The files a headless run writes into its output folder, and its console progress. Every file but metrics.csv is
 * written whole and moved into place (see {@link AtomicWrite}), so an interrupted run never leaves half of one.
 */
final class RunFiles implements TrainingListener, AutoCloseable {
    private static final int GRID_SIDE = 10;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path out;
    private final MetricsCsv csv;
    private final PrintWriter console;

    RunFiles(Path out, MetricsCsv csv, PrintWriter console) {
        this.out = out;
        this.csv = csv;
        this.console = console;
    }

    @Override
    public void onRow(MetricRow row) {
        try {
            csv.append(row);
        } catch (IOException e) {
            throw new UncheckedIOException("could not append to " + csv.file(), e);
        }
        console.printf(Locale.ROOT, "step %6d  %-13s d_loss %8.4f  g_loss %8.4f  critic_w %8.4f  %s%n", row.step(),
                row.objective(), row.criticLoss(), row.generatorLoss(), row.criticEstimate(), row.quality().summary());
        console.flush();
    }

    /**
     * summary.json and samples.png from the final snapshot and its metric row; for 2-D data also final_samples.csv
     * (for images samples.png shows a grid of generated images; for a class-conditional G, one class per row).
     */
    void writeFinal(TrainingConfig config, Snapshot last, double stepsPerSecond, double wallSeconds, Ending ending,
                    String message) throws IOException {
        List<MetricRow> history = last.history();
        MetricRow row = history.isEmpty() ? null : history.get(history.size() - 1);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("dataset", config.dataset());
        summary.put("objective", last.objective().id());
        summary.put("steps", last.step());
        summary.put("seed", config.seed());
        if (row != null) {
            List<String> names = row.quality().csvColumns();
            List<Double> values = row.quality().csvValues();
            for (int i = 0; i < names.size(); i++) {
                summary.put(names.get(i), jsonNumber(values.get(i)));
            }
        }
        summary.put("critic_w", row == null ? null : jsonNumber(row.criticEstimate()));
        summary.put("steps_per_second", stepsPerSecond);
        summary.put("wall_seconds", wallSeconds);
        summary.put("ended", ending.word());
        summary.put("message", message);
        summary.put("provenance", provenance());
        AtomicWrite.write(out.resolve("summary.json"), temp -> JSON.writeValue(temp.toFile(), summary));

        String caption = String.format(Locale.ROOT, "%s  step %d  %s  %s", config.dataset(), last.step(),
                last.objective().id(), row == null ? "" : row.quality().summary());
        if (last.pictures() instanceof ImagePictures p) {
            // a conditional G's grid is drawn class by class, row r for class r; the others show the evaluation sample
            float[] images = last.generator().classes() > 0 ? ClassGrid.draw(last.generator(), GRID_SIDE, config.seed())
                    : p.fake();
            AtomicWrite.write(out.resolve("samples.png"),
                    temp -> ImageGridPlot.write(images, p.shape(), GRID_SIDE, 3, caption, temp));
            return;
        }
        if (!(last.pictures() instanceof PlanePictures plane)) {
            return; // the Dirac GAN's two numbers are in every row of metrics.csv: no samples to draw
        }
        AtomicWrite.write(out.resolve("final_samples.csv"), temp -> {
            try (BufferedWriter w = Files.newBufferedWriter(temp)) {
                w.write("kind,x,y");
                w.newLine();
                writePoints(w, "real", plane.real());
                writePoints(w, "fake", plane.fake());
            }
        });
        AtomicWrite.write(out.resolve("samples.png"), temp -> SamplePlot.write(plane, caption, temp));
    }

    /** The run's rows are complete: metrics.csv takes its final place. */
    void finish() throws IOException {
        csv.finish();
    }

    private static Map<String, Object> provenance() {
        Provenance p = Provenance.current();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("app_version", p.appVersion());
        m.put("git_commit", p.gitCommit());
        m.put("threads", p.threads());
        m.put("blas", p.blas());
        return m;
    }

    /** JSON has no NaN: a value that does not apply is null; counts stay integers. */
    private static Object jsonNumber(double v) {
        if (!Double.isFinite(v)) {
            return null;
        }
        return MetricRow.isWholeNumber(v) ? (Object) (long) v : (Object) v;
    }

    private static void writePoints(BufferedWriter w, String kind, float[] xy) throws IOException {
        for (int i = 0; i + 1 < xy.length; i += 2) {
            w.write(kind + "," + xy[i] + "," + xy[i + 1]);
            w.newLine();
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
