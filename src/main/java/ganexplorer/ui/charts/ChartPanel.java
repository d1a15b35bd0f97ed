package ganexplorer.ui.charts;

import ganexplorer.ui.Tips;
import ganexplorer.train.MetricRow;
import ganexplorer.train.SwapEvent;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.axes.spi.format.DefaultTickUnitSupplier;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.dataset.DataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One chart of the metric history: its lines, its swap markers, its zoom and the note that names the lines a log
 * scale leaves out.
 */
final class ChartPanel {
    final DefaultNumericAxis x = new StepAxis();
    /** The header and the chart, as laid out in the column. */
    final VBox node;
    final YAxis y;
    final XYChart chart;
    final Zoomer zoomer = new Zoomer();
    final List<ChartSeries> series;
    final List<MetricRow> pending = new ArrayList<>();
    private final LogScaleFilter onLog;
    private final ChartHeader header;
    private final SwapMarkers markers;
    private boolean log;
    private boolean images;
    /** A note on the rows themselves (the Wasserstein chart's: the critic above the exact W1), or "". */
    private String rowNote = "";

    ChartPanel(String title, String help, AxisWidth axisWidth, ChartSeries... series) {
        this.series = List.of(series);
        onLog = new LogScaleFilter(series.length);
        y = new YAxis(axisWidth); // nameless: the chart's name is in its header, where it is never cut off
        axisWidth.add(y);
        y.setUnit(null);
        x.setUnit(null);
        y.setForceZeroInRange(false);
        x.setForceZeroInRange(false);
        x.setMaxMajorTickLabelCount(8); // 20 steps labels crowd a 500-pixel axis into one unreadable row
        // ticks at 1, 2 and 5 times a power of ten: chartfx's 2.5 steps were labelled 0.3 and 0.8 (one decimal)
        y.getAxisLabelFormatter().setTickUnitSupplier(new DefaultTickUnitSupplier(new TreeSet<>(List.of(1, 2, 5))));
        chart = new XYChart(x, y);
        chart.getStyleClass().add("metric-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setStyle("-fx-min-height: 60px;"); // chartfx's 100 px would push the lowest chart off a 720-px screen
        // chartfx pads the plot by 10 px all round: on four stacked charts that is 80 px of a 720-px screen
        chart.getAxesAndCanvasPane().setStyle("-fx-padding: 5 10 2 2;");
        zoomer.setAnimated(false); // a reset sets the axes at once; an animation would undo it afterwards
        chart.getPlugins().add(zoomer);
        markers = new SwapMarkers(chart, x);
        for (int k = 0; k < series.length; k++) {
            series[k].colour(ChartSeries.COLOURS.get(k));
        }
        header = new ChartHeader(title, ChartSeries.COLOURS.subList(0, series.length));
        node = new VBox(header, chart);
        node.getStyleClass().add("chart-panel");
        VBox.setVgrow(chart, Priority.ALWAYS);
        Tooltip.install(node, Tips.of(help));
        syncDatasets();
    }

    /** Draws the rows that arrived since this chart was last drawn. */
    void appendPending() {
        for (int k = 0; k < series.size(); k++) {
            ChartSeries s = series.get(k);
            double[] xs = new double[pending.size()];
            double[] ys = new double[pending.size()];
            int n = 0;
            for (MetricRow r : pending) {
                double v = s.value.applyAsDouble(r);
                if (Double.isFinite(v)) {
                    xs[n] = r.step();
                    ys[n] = v;
                    onLog.observe(k, v);
                    n++;
                }
            }
            if (n > 0) {
                s.data().add(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
            }
        }
        pending.clear();
        syncDatasets(); // a value ≤ 0 that just arrived takes its line off a log scale
    }

    void setLog(boolean on) {
        log = on;
        y.setLogAxis(on);
        y.setAutoRangeRounding(on); // to whole decades: a log axis labels only those, and a range inside one had none
        syncDatasets();
    }

    void relabel(boolean images) {
        this.images = images;
        series.forEach(s -> s.rename(images));
        chart.getDatasets().clear();
        syncDatasets();
    }

    /** Sets the note on the rows drawn so far ("" for none). */
    void rowNote(String text) {
        if (!text.equals(rowNote)) {
            rowNote = text;
            syncDatasets();
        }
    }

    /** The header's note as shown (tests). */
    String note() {
        return header.noteText();
    }

    void mark(SwapEvent e) {
        markers.add(e);
    }

    /** A new experiment: no lines, markers or zoom of the old one stay. */
    void clear() {
        pending.clear();
        series.forEach(s -> s.data().clearData());
        markers.clear();
        onLog.clear();
        rowNote = "";
        syncDatasets();
        resetZoom();
    }

    /** Shows the last {@code span} steps up to {@code last} (all for 0); a zoomed chart keeps the user's range. */
    void showSteps(long span, long last) {
        if (zoomed()) {
            return;
        }
        if (span == 0) {
            x.setAutoRanging(true);
        } else {
            x.setAutoRanging(false);
            x.set(Math.max(0, last - span), Math.max(span, last));
        }
    }

    /** The user dragged (or scrolled) a zoom on this chart that no reset has undone. */
    boolean zoomed() {
        return !zoomer.zoomStackDeque().isEmpty();
    }

    /** Back to the chosen steps with the y axis fitted to the data (the caller sets the steps again). */
    void resetZoom() {
        zoomer.zoomOrigin();
        zoomer.clear();
        y.setAutoRanging(true);
        x.setAutoRanging(true);
    }

    /** The y axis's width: the plot starts to its right. */
    javafx.beans.value.ObservableDoubleValue axisWidth() {
        return y.widthProperty();
    }

    private void syncDatasets() {
        List<DataSet> wanted = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean[] drawn = new boolean[series.size()];
        for (int k = 0; k < series.size(); k++) {
            names.add(series.get(k).name(images));
            drawn[k] = onLog.drawn(k, log);
            if (drawn[k]) {
                wanted.add(series.get(k).data());
            }
        }
        if (!sameSets(wanted, chart.getDatasets())) {
            chart.getDatasets().setAll(wanted);
        }
        String logNote = onLog.note(names, log);
        header.update(names, drawn, logNote.isEmpty() || rowNote.isEmpty() ? logNote + rowNote : logNote + "; " + rowNote);
    }

    /** By identity: chartfx data sets compare equal by their contents. */
    private static boolean sameSets(List<DataSet> a, List<DataSet> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The step axis, nameless: the charts column names it once below the lowest chart (chartfx drew the name over
     * the tick labels on a short chart). chartfx reports an axis's last height as its preferred one while nothing
     * changed, so an axis once laid out short stays short and cuts its labels off; this one is never shorter than
     * its ticks and labels need.
     */
    static final class StepAxis extends DefaultNumericAxis {
        StepAxis() {
            super("");
        }

        @Override
        protected double computePrefHeight(double width) {
            return Math.max(super.computePrefHeight(width), super.computePrefHeight(-1));
        }
    }

    /** A y axis as wide as the widest of the stacked charts' (see {@link AxisWidth}). */
    static final class YAxis extends DefaultNumericAxis {
        private final AxisWidth shared;

        YAxis(AxisWidth shared) {
            super("");
            this.shared = shared;
        }

        @Override
        protected double computePrefWidth(double height) {
            return shared.offer(this, super.computePrefWidth(height));
        }
    }
}
