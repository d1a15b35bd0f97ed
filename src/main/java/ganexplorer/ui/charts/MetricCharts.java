package ganexplorer.ui.charts;

import ganexplorer.train.MetricRow;
import ganexplorer.train.Snapshot;
import ganexplorer.train.SwapEvent;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The live charts: losses, the two Wasserstein numbers, gradient norms and mode coverage, each against the step.
 * Rows are appended as they arrive (chartfx reduces points to the pixels it draws, so 100,000-step runs stay
 * smooth); every objective swap becomes a labelled vertical marker on every chart.
 */
public final class MetricCharts extends VBox {
    /** Window choices: all steps, or the last N. */
    private static final List<String> WINDOWS = List.of("All steps", "Last 1,000", "Last 10,000");

    private final List<Panel> panels = List.of(
            new Panel("Losses", new Series("critic (D) loss", MetricRow::criticLoss), new Series("generator loss", MetricRow::generatorLoss)),
            new Panel("Wasserstein", new Series("critic estimate", MetricRow::criticEstimate),
                    new Series("exact W1", "sliced W (features)", MetricRow::distance)),
            new Panel("Gradient norms", new Series("|grad G|", MetricRow::generatorGradNorm), new Series("|grad D|", MetricRow::criticGradNorm)),
            new Panel("Coverage", new Series("modes covered / total", "classes covered / total", r -> r.quality().coverage()),
                    new Series("high-quality share", "confident share (p ≥ 0.9)", r -> r.quality().qualityShare())));
    private final CheckBox logScale = new CheckBox("log scale");
    private final ChoiceBox<String> window = new ChoiceBox<>();
    private List<MetricRow> shown = List.of();
    private int markers;
    private int nextPanel;
    private boolean images;
    private long experiment = -1;

    public MetricCharts() {
        getStyleClass().add("metric-charts");
        window.getItems().addAll(WINDOWS);
        window.setValue(WINDOWS.get(0));
        Label title = new Label("Training curves");
        title.getStyleClass().add("section-title");
        HBox bar = new HBox(10, title, logScale, window);
        bar.setPadding(new Insets(0, 0, 4, 0));
        getChildren().add(bar);
        for (Panel p : panels) {
            VBox.setVgrow(p.chart, Priority.ALWAYS);
            getChildren().add(p.chart);
        }
        logScale.selectedProperty().addListener((o, a, on) -> panels.forEach(p -> p.y.setLogAxis(on)));
        window.valueProperty().addListener((o, a, b) -> applyWindow());
    }

    public void show(Snapshot s) {
        if (images != s.images()) {
            images = s.images(); // points and images name their distance and coverage differently
            panels.forEach(p -> p.relabel(images));
            clear();
        }
        List<MetricRow> rows = s.history();
        if (s.experiment() != experiment) {
            experiment = s.experiment();
            clear(); // a new experiment started: nothing of the old one stays
        }
        if (rows.size() > shown.size()) {
            List<MetricRow> fresh = rows.subList(shown.size(), rows.size());
            panels.forEach(p -> p.pending.addAll(fresh));
            shown = rows;
        }
        // One chart per frame: redrawing all four in one frame made the slowest frames of a software-rendered
        // window (Xvfb) miss the 33 ms budget.
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(nextPanel);
            nextPanel = (nextPanel + 1) % panels.size();
            if (!p.pending.isEmpty()) {
                p.append(p.pending);
                p.pending.clear();
                applyWindow(p);
                break;
            }
        }
        List<SwapEvent> events = s.events();
        for (; markers < events.size(); markers++) {
            SwapEvent e = events.get(markers);
            panels.forEach(p -> p.mark(e));
        }
    }

    /** Number of swap markers drawn on each chart (for tests and the status line). */
    public int markerCount() {
        return markers;
    }

    /** Points drawn on the losses chart. */
    public int pointCount() {
        return panels.get(0).series.get(0).data().getDataCount();
    }

    private void clear() {
        panels.forEach(Panel::clear);
        shown = List.of();
        markers = 0;
    }

    private void applyWindow() {
        panels.forEach(this::applyWindow);
    }

    private void applyWindow(Panel p) {
        int choice = WINDOWS.indexOf(window.getValue());
        long span = choice == 1 ? 1_000 : choice == 2 ? 10_000 : 0;
        long last = shown.isEmpty() ? 0 : shown.get(shown.size() - 1).step();
        if (span == 0) {
            p.x.setAutoRanging(true);
        } else {
            p.x.setAutoRanging(false);
            p.x.set(Math.max(0, last - span), Math.max(span, last));
        }
    }

    /** One line of a chart; its name depends on whether the run is on points or images. */
    private static final class Series {
        final String pointName;
        final String imageName;
        final ToDoubleFunction<MetricRow> value;
        DoubleDataSet data;

        Series(String name, ToDoubleFunction<MetricRow> value) {
            this(name, name, value);
        }

        Series(String pointName, String imageName, ToDoubleFunction<MetricRow> value) {
            this.pointName = pointName;
            this.imageName = imageName;
            this.value = value;
            this.data = new DoubleDataSet(pointName);
        }

        DoubleDataSet data() {
            return data;
        }
    }

    private static final class Panel {
        final DefaultNumericAxis x = new DefaultNumericAxis("step");
        final DefaultNumericAxis y;
        final XYChart chart;
        final List<Series> series;
        final List<MetricRow> pending = new java.util.ArrayList<>();

        Panel(String title, Series... series) {
            this.series = List.of(series);
            y = new DefaultNumericAxis(title);
            y.setUnit(null);
            x.setUnit(null);
            y.setForceZeroInRange(false);
            x.setForceZeroInRange(false);
            chart = new XYChart(x, y);
            chart.setLegendVisible(true);
            chart.getLegend().setSide(io.fair_acc.chartfx.ui.geometry.Side.TOP);
            chart.setAnimated(false);
            chart.setMinHeight(120);
            chart.getPlugins().add(new Zoomer());
            for (Series s : series) {
                chart.getDatasets().add(s.data);
            }
        }

        void append(List<MetricRow> rows) {
            for (Series s : series) {
                double[] xs = new double[rows.size()];
                double[] ys = new double[rows.size()];
                int n = 0;
                for (MetricRow r : rows) {
                    double v = s.value.applyAsDouble(r);
                    if (Double.isFinite(v)) {
                        xs[n] = r.step();
                        ys[n] = v;
                        n++;
                    }
                }
                if (n > 0) {
                    s.data.add(java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n));
                }
            }
        }

        /** chartfx data sets keep the name they were made with, so a new kind of data gets new sets. */
        void relabel(boolean images) {
            for (Series s : series) {
                s.data = new DoubleDataSet(images ? s.imageName : s.pointName);
            }
            chart.getDatasets().setAll(series.stream().map(Series::data).toList());
        }

        void mark(SwapEvent e) {
            XValueIndicator marker = new XValueIndicator(x, e.step(), "→ " + e.to());
            marker.setEditable(false);
            chart.getPlugins().add(marker);
        }

        void clear() {
            pending.clear();
            series.forEach(s -> s.data.clearData());
            chart.getPlugins().removeIf(p -> p instanceof XValueIndicator);
        }
    }
}
