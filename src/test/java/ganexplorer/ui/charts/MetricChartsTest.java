package ganexplorer.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.metrics.ToyMetrics;
import ganexplorer.train.MetricRow;
import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import ganexplorer.train.SwapEvent;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.dataset.DataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The charts column alone, headless (Monocle), fed with made-up snapshots: log scale, zoom, swap markers, aligned
 * plots, tooltips. Charts are found as nodes (not through package internals) so the test runs on any version.
 */
@ExtendWith(ApplicationExtension.class)
class MetricChartsTest {
    private static final int LOSSES = 0;
    private static final int WASSERSTEIN = 1;
    private static final int GRADIENTS = 2;
    private static final int COVERAGE = 3;

    private MetricCharts charts;

    @Start
    void start(Stage stage) {
        charts = new MetricCharts();
        stage.setScene(new Scene(new StackPane(charts), 560, 680));
        stage.show();
    }

    @Test
    void logScaleShouldDrawThePositiveLinesAndNameTheOnesItLeavesOut(FxRobot robot) {
        List<MetricRow> rows = rows(10, 400, 10, step -> row(1, step, -1 - step / 100.0, 5 + Math.sin(step / 30.0),
                0.5 - step / 400.0, 1 / (1 + step / 100.0), step < 50 ? 0 : 8, 0.1 + step / 1000.0));
        feed(robot, snapshot(1, rows, List.of()));
        robot.clickOn(checkBox(robot, "log scale"));
        settle();

        assertThat(names(LOSSES)).containsExactly("generator loss");
        assertThat(note(LOSSES)).isEqualTo("critic (D) loss not drawn on a log scale: it has values ≤ 0");
        assertThat(names(WASSERSTEIN)).containsExactly("exact W1");
        assertThat(note(WASSERSTEIN)).isEqualTo("critic estimate not drawn on a log scale: it has values ≤ 0");
        assertThat(names(GRADIENTS)).containsExactly("|grad G|", "|grad D|");
        assertThat(note(GRADIENTS)).isEmpty();
        assertThat(names(COVERAGE)).containsExactly("high-quality share");
        assertThat(note(COVERAGE)).startsWith("modes covered / total not drawn");
        for (int c : new int[] {LOSSES, WASSERSTEIN, GRADIENTS, COVERAGE}) {
            assertThat(colouredPixels(robot, chart(c))).as("lines drawn on log-scaled chart %d", c).isGreaterThan(50);
        }

        // a value ≤ 0 arriving later takes that line off too
        List<MetricRow> more = new ArrayList<>(rows);
        more.add(row(1, 410, -1, -0.5, 0.1, 0.2, 8, 0.5));
        feed(robot, snapshot(1, more, List.of()));
        assertThat(names(LOSSES)).isEmpty();
        assertThat(note(LOSSES))
                .isEqualTo("critic (D) loss and generator loss not drawn on a log scale: they have values ≤ 0");

        robot.clickOn(checkBox(robot, "log scale"));
        settle();
        assertThat(names(LOSSES)).containsExactly("critic (D) loss", "generator loss");
        assertThat(names(COVERAGE)).containsExactly("modes covered / total", "high-quality share");
        assertThat(note(LOSSES)).isEmpty();
        assertThat(note(COVERAGE)).isEmpty();
    }

    @Test
    void zoomShouldHoldWhileTrainingAddsStepsAndResetWithANewExperimentOrTheButton(FxRobot robot) {
        List<MetricRow> first = rows(1, 200, 1, step -> row(1, step, 100 + 50 * Math.sin(step / 10.0), 3, 1, 1, 8, 0.5));
        feed(robot, snapshot(1, first, List.of()));
        zoomInto(robot, chart(LOSSES));
        Axis y = chart(LOSSES).getYAxis();
        Axis x = chart(LOSSES).getXAxis();
        assertThat(y.getMax() - y.getMin()).as("the drag zoomed in").isLessThan(80);
        double zoomedMin = x.getMin();
        double zoomedMax = x.getMax();

        List<MetricRow> longer = new ArrayList<>(first);
        longer.addAll(rows(201, 300, 1, step -> row(1, step, 100, 3, 1, 1, 8, 0.5)));
        feed(robot, snapshot(1, longer, List.of()));
        assertThat(x.getMin()).as("a zoomed chart stays put while steps arrive").isEqualTo(zoomedMin);
        assertThat(x.getMax()).isEqualTo(zoomedMax);

        List<MetricRow> second = rows(1, 50, 1, step -> row(2, step, 0.01 + step / 5000.0, 0.015, 1, 1, 8, 0.5));
        feed(robot, snapshot(2, second, List.of()));
        assertThat(y.getMin()).as("the new experiment's losses are in view").isLessThanOrEqualTo(0.0102);
        assertThat(y.getMax()).isBetween(0.02, 1.0);
        assertThat(x.getMin()).isLessThanOrEqualTo(1);
        assertThat(x.getMax()).isBetween(50.0, 100.0);

        zoomInto(robot, chart(LOSSES));
        assertThat(y.isAutoRanging()).isFalse();
        Button reset = robot.lookup("Reset zoom").queryButton();
        assertThat(reset.getTooltip()).isNotNull();
        robot.interact(reset::fire);
        feed(robot, snapshot(2, second, List.of()));
        assertThat(y.isAutoRanging()).isTrue();
        assertThat(y.getMin()).isLessThanOrEqualTo(0.0102);
        assertThat(y.getMax()).isBetween(0.02, 1.0);
        assertThat(x.getMax()).isBetween(50.0, 100.0);
    }

    @Test
    void swapLabelsShouldBeShortStayInsideThePlotAndNotCoverEachOther(FxRobot robot) {
        List<MetricRow> rows = rows(1, 400, 1, step -> row(1, step, 1, 2, 0.5, 0.4, 8, 0.5));
        List<SwapEvent> swaps = List.of(new SwapEvent(100, "wgan-gp", "least-squares"),
                new SwapEvent(108, "least-squares", "bce-minimax"), new SwapEvent(116, "bce-minimax", "wgan-gp"),
                new SwapEvent(400, "wgan-gp", "hinge"));
        feed(robot, snapshot(1, rows, swaps));
        assertThat(charts.markerCount()).isEqualTo(4);
        for (int c = 0; c < 4; c++) {
            XYChart chart = chart(c);
            Bounds plot = chart.getCanvas().localToScene(chart.getCanvas().getBoundsInLocal());
            List<Label> labels = chart.lookupAll(".value-indicator-label").stream()
                    .filter(n -> n instanceof Label && n.isVisible() && n.getParent() != null)
                    .map(Label.class::cast).toList();
            assertThat(labels).as("labels shown on chart %d", c).hasSizeGreaterThanOrEqualTo(3);
            List<Bounds> boxes = new ArrayList<>();
            for (Label l : labels) {
                Bounds b = l.localToScene(l.getBoundsInLocal());
                assertThat(l.getText().length()).as(l.getText()).isLessThanOrEqualTo(10);
                assertThat(l.getTooltip()).as("the whole story of " + l.getText()).isNotNull();
                assertThat(b.getMinX()).as(l.getText() + " left edge").isGreaterThanOrEqualTo(plot.getMinX() - 0.5);
                assertThat(b.getMaxX()).as(l.getText() + " right edge").isLessThanOrEqualTo(plot.getMaxX() + 0.5);
                assertThat(b.getMinY()).isGreaterThanOrEqualTo(plot.getMinY() - 0.5);
                assertThat(b.getMaxY()).isLessThanOrEqualTo(plot.getMaxY() + 0.5);
                for (Bounds other : boxes) {
                    assertThat(b.intersects(other)).as(l.getText() + " overlaps another label").isFalse();
                }
                boxes.add(b);
            }
        }
    }

    @Test
    void theStackedPlotsShouldStartAtOneXAndEverythingShouldHaveATooltip(FxRobot robot) {
        List<MetricRow> rows = rows(1, 300, 1, step -> row(1, step, -0.000512 + step * 1e-7, 2000 + step, 0.5, 0.4,
                step < 100 ? 4 : 8, 0.5));
        feed(robot, snapshot(1, rows, List.of()));
        settle();
        double left = plotLeft(LOSSES);
        for (int c = 1; c < 4; c++) {
            assertThat(plotLeft(c)).as("plot left edge of chart %d", c).isCloseTo(left, Offset.offset(0.5));
        }
        for (int c = 0; c < 4; c++) {
            Object tip = chart(c).getParent().getProperties().get("javafx.scene.control.Tooltip");
            assertThat(tip).as("tooltip of chart %d", c).isInstanceOf(Tooltip.class);
            assertThat(((Tooltip) tip).getText()).hasSizeGreaterThan(80);
        }
        assertThat(checkBox(robot, "log scale").getTooltip()).isNotNull();
        assertThat(robot.lookup(".choice-box").queryAs(ChoiceBox.class).getTooltip()).isNotNull();
        assertThat(robot.lookup("Reset zoom").queryButton().getTooltip()).isNotNull();
    }

    @Test
    void oneChartShouldBeRedrawnPerFrameAndANewExperimentShouldClearLinesAndMarkers(FxRobot robot) {
        Snapshot s = snapshot(1, rows(1, 20, 1, step -> row(1, step, 1, 2, 0.5, 0.4, 8, 0.5)),
                List.of(new SwapEvent(10, "wgan-gp", "bce")));
        robot.interact(() -> charts.show(s));
        assertThat(chartsWithData()).isEqualTo(1);
        robot.interact(() -> charts.show(s));
        assertThat(chartsWithData()).isEqualTo(2);
        feed(robot, s);
        assertThat(chartsWithData()).isEqualTo(4);
        assertThat(charts.markerCount()).isEqualTo(1);

        robot.interact(() -> charts.show(snapshot(2, List.of(), List.of())));
        assertThat(chartsWithData()).isZero();
        assertThat(charts.markerCount()).isZero();
        assertThat(chart(LOSSES).lookupAll(".value-indicator-label").stream().filter(Node::isVisible)
                .filter(n -> n.getParent() != null && n.getScene() != null).toList()).isEmpty();
    }

    @Test
    void theWassersteinChartShouldSayWhenTheCriticsEstimateExceededTheExactW1(FxRobot robot) {
        // critic 0.5 against W1 0.4 on steps 100 and 200, then below it
        List<MetricRow> history = rows(100, 500, 100, step -> row(3, step, -1, 1, step <= 200 ? 0.5 : 0.2, 0.4, 8, 0.9));
        feed(robot, snapshot(3, history, List.of()));
        assertThat(charts.panels().get(WASSERSTEIN).note())
                .isEqualTo("critic estimate above exact W1 on 2 of 5 rows: not 1-Lipschitz there");

        List<MetricRow> below = rows(100, 500, 100, step -> row(4, step, -1, 1, 0.2, 0.4, 8, 0.9));
        feed(robot, snapshot(4, below, List.of()));
        assertThat(charts.panels().get(WASSERSTEIN).note()).isEmpty();
    }

    @Test
    void onTheLinesTheDistancesChartShouldStandInForCoverageAndGoWhenTheDataDoes(FxRobot robot) {
        ganexplorer.train.TrainingConfig lines = ganexplorer.train.Presets.byName("disjoint-lines").config();
        List<MetricRow> history = rows(20, 100, 20, step -> new MetricRow(5, step, "bce-minimax", 0.1, -0.1, 40, 1e-9, 1,
                new ToyMetrics(2 - step / 1000.0, 0, 0, 0, 0.686, 9, null, List.of(), List.of(), null,
                        2 - step / 1000.0)));
        feed(robot, new Snapshot(5, 100, RunState.RUNNING, lines, null, null, List.of(), history, List.of(), null, null,
                null, 0));
        assertThat(charts.showsDistances()).isTrue();
        ChartPanel distances = charts.panels().get(4);
        assertThat(distances.node.isVisible()).isTrue();
        assertThat(charts.panels().get(COVERAGE).node.isVisible()).isFalse();
        assertThat(charts.getChildren().indexOf(distances.node)).as("first, under the settings bar").isEqualTo(1);
        assertThat(distances.series.get(0).data().getDataCount()).as("theta").isEqualTo(5);
        assertThat(distances.series.get(2).data().getDataCount()).as("JS").isEqualTo(5);
        assertThat(distances.series.get(0).data().get(1, 4)).isCloseTo(1.9, org.assertj.core.data.Offset.offset(1e-9));

        feed(robot, snapshot(6, rows(100, 300, 100, step -> row(6, step, -1, 1, 0.5, 0.4, 8, 0.9)), List.of()));
        assertThat(charts.showsDistances()).isFalse();
        assertThat(charts.panels().get(COVERAGE).node.isVisible()).isTrue();
        assertThat(distances.node.isVisible()).isFalse();
        assertThat(charts.getChildren().indexOf(charts.panels().get(COVERAGE).node)).as("back in fourth place")
                .isEqualTo(1 + COVERAGE);
        assertThat(distances.series.get(0).data().getDataCount()).as("nothing of the lines stays").isZero();
        assertThat(charts.panels().get(COVERAGE).series.get(0).data().getDataCount()).isEqualTo(3);
    }

    // --- helpers

    private static MetricRow row(long experiment, long step, double dLoss, double gLoss, double estimate, double w1,
                                 int modes, double quality) {
        return new MetricRow(experiment, step, "wgan-gp", dLoss, gLoss, estimate, 0.5 + step % 7 / 10.0,
                1 + step % 5 / 10.0, new ToyMetrics(w1, modes, 8, quality, 0.1, 0.1));
    }

    private static List<MetricRow> rows(long from, long to, long by, LongFunction<MetricRow> make) {
        List<MetricRow> out = new ArrayList<>();
        for (long step = from; step <= to; step += by) {
            out.add(make.apply(step));
        }
        return out;
    }

    private static Snapshot snapshot(long experiment, List<MetricRow> history, List<SwapEvent> events) {
        long step = history.isEmpty() ? 0 : history.get(history.size() - 1).step();
        return new Snapshot(experiment, step, RunState.RUNNING, null, null, null, List.of(), List.copyOf(history),
                List.copyOf(events), null, null, null, 0);
    }

    /** As many frames as it takes every chart to draw what is new, then a layout. */
    private void feed(FxRobot robot, Snapshot s) {
        for (int i = 0; i < 8; i++) {
            robot.interact(() -> charts.show(s));
        }
        settle();
    }

    private static void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(80, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<XYChart> allCharts() {
        return charts.lookupAll(".metric-chart").stream().map(XYChart.class::cast).toList();
    }

    private XYChart chart(int index) {
        return allCharts().get(index);
    }

    private List<String> names(int chart) {
        return chart(chart).getDatasets().stream().map(DataSet::getName).toList();
    }

    private long chartsWithData() {
        return allCharts().stream().filter(c -> c.getDatasets().stream().anyMatch(d -> d.getDataCount() > 0)).count();
    }

    /** The chart's visible note, checked to be shown whole and inside the chart's panel; empty when it has none. */
    private String note(int index) {
        Node chart = chart(index).getParent();
        List<Label> notes = chart.lookupAll(".chart-note").stream()
                .filter(n -> n instanceof Label && n.isVisible() && n.getScene() != null && n.getParent() != null
                        && !((Label) n).getText().isEmpty())
                .map(Label.class::cast).toList();
        if (notes.isEmpty()) {
            return "";
        }
        assertThat(notes).hasSize(1);
        Label note = notes.get(0);
        Bounds b = note.localToScene(note.getBoundsInLocal());
        Bounds c = chart.localToScene(chart.getBoundsInLocal());
        assertThat(b.getWidth()).isPositive();
        assertThat(c.contains(b)).as("the note lies inside its chart's panel").isTrue();
        Text shown = (Text) note.lookup(".text");
        assertThat(shown.getText()).as("the note is not cut short").isEqualTo(note.getText());
        return note.getText();
    }

    private double plotLeft(int index) {
        javafx.scene.canvas.Canvas canvas = chart(index).getCanvas();
        return canvas.localToScene(canvas.getBoundsInLocal()).getMinX();
    }

    private static CheckBox checkBox(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof CheckBox b && text.equals(b.getText())).queryAs(CheckBox.class);
    }

    private static void zoomInto(FxRobot robot, XYChart chart) {
        javafx.scene.canvas.Canvas canvas = chart.getCanvas();
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        Point2D from = new Point2D(b.getMinX() + b.getWidth() * 0.3, b.getMinY() + b.getHeight() * 0.3);
        Point2D to = new Point2D(b.getMinX() + b.getWidth() * 0.6, b.getMinY() + b.getHeight() * 0.6);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(10, 10)).moveTo(to).release(MouseButton.PRIMARY);
        settle();
    }

    /** Pixels of a colour (the lines; the grid, the axes and the background are grey). */
    private static long colouredPixels(FxRobot robot, XYChart chart) {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = chart.getCanvas().snapshot(null, null));
        int w = (int) img[0].getWidth();
        int h = (int) img[0].getHeight();
        int[] px = new int[w * h];
        img[0].getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        long n = 0;
        for (int p : px) {
            int r = p >> 16 & 0xff;
            int g = p >> 8 & 0xff;
            int b = p & 0xff;
            if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80) {
                n++;
            }
        }
        return n;
    }
}
