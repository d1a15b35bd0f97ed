package ganexplorer.ui.charts;

import ganexplorer.ui.Tips;
import ganexplorer.data.Lines;
import ganexplorer.metrics.ToyMetrics;
import ganexplorer.ui.Texts;
import ganexplorer.train.MetricRow;
import ganexplorer.train.Snapshot;
import ganexplorer.train.SwapEvent;
import ganexplorer.ui.readout.CriticBound;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The live charts: losses, the two Wasserstein numbers, gradient norms and mode coverage (on the lines: theta, JS
 * and W1), each against the step.
 * Rows are appended as they arrive (chartfx reduces points to the pixels it draws, so 100,000-step runs stay
 * smooth); every objective swap becomes a labelled vertical marker on every chart.
 */
public final class MetricCharts extends VBox {
    /** Window choices: all steps, or the last N. */
    private final List<String> windows = List.of(Texts.get("chart.window.all"), Texts.get("chart.window.1000"),
            Texts.get("chart.window.10000"));
    /** The narrowest y axis; it grows (on all four charts at once) when tick labels need more. */
    private static final double MIN_AXIS_WIDTH = 56;

    /** The index of the Wasserstein chart, whose note says when the critic's estimate exceeds the exact W1. */
    private static final int WASSERSTEIN = 1;
    private final AxisWidth axisWidth = new AxisWidth(MIN_AXIS_WIDTH);
    private final List<ChartPanel> panels = List.of(
            new ChartPanel(Texts.get("chart.losses"), Texts.get("chart.help.losses"), axisWidth,
                    new ChartSeries(Texts.get("chart.series.criticLoss"), MetricRow::criticLoss),
                    new ChartSeries(Texts.get("chart.series.generatorLoss"), MetricRow::generatorLoss)),
            new ChartPanel(Texts.get("chart.wasserstein"), Texts.get("chart.help.wasserstein"), axisWidth,
                    new ChartSeries(Texts.get("chart.series.criticEstimate"), MetricRow::criticEstimate),
                    new ChartSeries(Texts.get("chart.series.exactW1"), Texts.get("chart.series.slicedW"), MetricRow::distance)),
            new ChartPanel(Texts.get("chart.gradients"), Texts.get("chart.help.gradients"), axisWidth,
                    new ChartSeries("|grad G|", MetricRow::generatorGradNorm),
                    new ChartSeries("|grad D|", MetricRow::criticGradNorm)),
            new ChartPanel(Texts.get("chart.coverage"), Texts.get("chart.help.coverage"), axisWidth,
                    new ChartSeries(Texts.get("chart.series.modes"), Texts.get("chart.series.classes"), r -> r.quality().coverage()),
                    new ChartSeries(Texts.get("chart.series.quality"), Texts.get("chart.series.confident"),
                            r -> r.quality().qualityShare())),
            new ChartPanel(Texts.get("chart.distances"), Texts.get("chart.help.distances"), axisWidth,
                    new ChartSeries("θ", r -> lineValue(r, true)),
                    // W1 second, in the Wasserstein chart's colour for it
                    new ChartSeries(Texts.get("chart.series.exactW1"), MetricRow::distance),
                    new ChartSeries(Texts.get("chart.series.js"), r -> lineValue(r, false))));
    /** The coverage chart and, in its place on the lines (which have no modes), the distances chart. */
    private static final int COVERAGE = 3;
    private static final int DISTANCES = 4;
    private final CheckBox logScale = new CheckBox(Texts.get("chart.logScale"));
    private final ChoiceBox<String> window = new ChoiceBox<>();
    private final Button resetZoom = new Button(Texts.get("chart.resetZoom"));
    private List<MetricRow> shown = List.of();
    private int markers;
    private int nextPanel;
    private boolean images;
    private boolean lines;
    private long experiment = -1;

    public MetricCharts() {
        getStyleClass().add("metric-charts");
        window.getItems().addAll(windows);
        window.setValue(windows.get(0));
        Label title = new Label(Texts.get("chart.title"));
        title.getStyleClass().add("section-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        logScale.setTooltip(Tips.of(Texts.get("chart.help.logscale")));
        window.setTooltip(Tips.of(Texts.get("chart.help.window")));
        resetZoom.setTooltip(Tips.of(Texts.get("chart.help.resetzoom")));
        HBox bar = new HBox(10, title, logScale, window, resetZoom);
        bar.setAlignment(Pos.CENTER_LEFT);
        // presenter mode hides it (settings; the charts need the height); not "chart-bar", modena's BarChart bar class, which
        // painted this bar orange
        bar.getStyleClass().add("chart-settings-bar");
        bar.setPadding(new Insets(0, 0, 4, 0));
        getChildren().add(bar);
        for (ChartPanel p : panels) {
            VBox.setVgrow(p.node, Priority.ALWAYS);
            getChildren().add(p.node);
        }
        getChildren().add(stepName(panels.get(panels.size() - 1)));
        showDistances(false);
        logScale.selectedProperty().addListener((o, a, on) -> panels.forEach(p -> p.setLog(on)));
        window.valueProperty().addListener((o, a, b) -> resetZoom()); // choosing steps is asking to see them
        resetZoom.setOnAction(e -> resetZoom());
    }

    public void show(Snapshot s) {
        if (images != s.images()) {
            images = s.images(); // points and images name their distance and coverage differently
            panels.forEach(p -> p.relabel(images));
            clear();
        }
        if (lines != (s.config() != null && s.dataset().equals(Lines.NAME))) {
            showDistances(!lines);
            clear(); // the rows go again, to the chart now shown
        }
        List<MetricRow> rows = s.history();
        if (s.experiment() != experiment) {
            experiment = s.experiment();
            clear(); // a new experiment started: nothing of the old one stays, its zoom neither
        }
        if (rows.size() > shown.size()) {
            List<MetricRow> fresh = rows.subList(shown.size(), rows.size());
            panels.stream().filter(p -> p.node.isManaged()).forEach(p -> p.pending.addAll(fresh));
            shown = rows;
            panels.get(WASSERSTEIN).rowNote(CriticBound.chartNote(rows));
        }
        // One chart per frame: redrawing all four in one frame made the slowest frames of a software-rendered
        // window (Xvfb) miss the 33 ms budget.
        for (int i = 0; i < panels.size(); i++) {
            ChartPanel p = panels.get(nextPanel);
            nextPanel = (nextPanel + 1) % panels.size();
            if (!p.pending.isEmpty()) {
                p.appendPending();
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

    /**
     * On the lines of the WGAN paper's Example 1 a distances chart shows theta, the grid JS divergence and the exact
     * W1 together, above the others: JS flat at log 2 while W1 falls with theta is that example's point. Elsewhere the
     * fourth chart shows coverage.
     */
    private void showDistances(boolean on) {
        lines = on;
        ChartPanel shownPanel = panels.get(on ? DISTANCES : COVERAGE);
        ChartPanel hiddenPanel = panels.get(on ? COVERAGE : DISTANCES);
        shownPanel.node.setVisible(true);
        shownPanel.node.setManaged(true);
        hiddenPanel.node.setVisible(false);
        hiddenPanel.node.setManaged(false);
        // on the lines the distances are the point: first, so a short window (a lesson's strip at 720 px) keeps them
        ChartPanel distances = panels.get(DISTANCES);
        getChildren().remove(distances.node);
        getChildren().add(on ? 1 : 1 + DISTANCES, distances.node);
    }

    /** Whether the distances chart stands in for the coverage chart (the lines data). */
    boolean showsDistances() {
        return lines;
    }

    /** theta (the fakes' mean x) or the grid JS of a row on the plane; NaN elsewhere and on rows without theta. */
    private static double lineValue(MetricRow r, boolean theta) {
        if (!(r.quality() instanceof ToyMetrics t)) {
            return Double.NaN;
        }
        if (theta) {
            return t.theta() == null ? Double.NaN : t.theta();
        }
        return t.js();
    }

    /** The x axes' name, once under the lowest chart, centred under its plot. */
    private static Label stepName(ChartPanel lowest) {
        Label name = new Label(Texts.get("chart.step"));
        name.getStyleClass().add("step-name");
        name.setMaxWidth(Double.MAX_VALUE);
        name.setAlignment(Pos.CENTER);
        name.paddingProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Insets(0, 10, 0, lowest.axisWidth().get()), lowest.axisWidth()));
        name.setTooltip(Tips.of(Texts.get("chart.help.steps")));
        return name;
    }

    /** Every chart back to the chosen steps with its y axis fitted to the data. */
    public void resetZoom() {
        panels.forEach(ChartPanel::resetZoom);
        panels.forEach(this::applyWindow);
    }

    /** Number of swap markers drawn on each chart (for tests and the status line). */
    public int markerCount() {
        return markers;
    }

    /** Points drawn on the losses chart. */
    public int pointCount() {
        return panels.get(0).series.get(0).data().getDataCount();
    }

    List<ChartPanel> panels() {
        return panels;
    }

    private void clear() {
        panels.forEach(ChartPanel::clear);
        panels.forEach(this::applyWindow);
        shown = List.of();
        markers = 0;
        axisWidth.reset();
    }

    private void applyWindow(ChartPanel p) {
        int choice = windows.indexOf(window.getValue());
        long span = choice == 1 ? 1_000 : choice == 2 ? 10_000 : 0;
        long last = shown.isEmpty() ? 0 : shown.get(shown.size() - 1).step();
        p.showSteps(span, last);
    }
}
