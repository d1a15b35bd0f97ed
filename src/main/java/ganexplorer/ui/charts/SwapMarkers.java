package ganexplorer.ui.charts;

import ganexplorer.train.SwapEvent;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;

/** The swap markers of one chart, and the placing of their labels (see {@link MarkerLayout}). */
final class SwapMarkers {
    /** At most this many rows of labels, and never more than fill the lower three quarters of the plot. */
    private static final int MAX_ROWS = 3;

    private final XYChart chart;
    private final Axis x;
    private final List<SwapMarker> markers = new ArrayList<>();

    SwapMarkers(XYChart chart, Axis x) {
        this.chart = chart;
        this.x = x;
    }

    void add(SwapEvent e) {
        SwapMarker m = new SwapMarker(x, e, this::placeLabels);
        markers.add(m);
        chart.getPlugins().add(m);
    }

    void clear() {
        chart.getPlugins().removeAll(markers);
        markers.clear();
    }

    /** Runs after chartfx laid out a marker (its label centred on its line): puts every label in its place. */
    void placeLabels() {
        Bounds plot = chart.getCanvas().getBoundsInLocal(); // chartfx lays indicator labels out in these coordinates
        int n = markers.size();
        double[] centres = new double[n];
        double[] widths = new double[n];
        double height = 0;
        for (int i = 0; i < n; i++) {
            SwapMarker m = markers.get(i);
            centres[i] = plot.getMinX() + x.getDisplayPosition(m.getValue());
            widths[i] = Math.ceil(m.label().prefWidth(-1));
            height = Math.max(height, Math.ceil(m.label().prefHeight(widths[i])));
        }
        int rows = (int) Math.max(1, Math.min(MAX_ROWS, plot.getHeight() * 0.75 / (height + 2)));
        List<MarkerLayout.Placement> places = MarkerLayout.place(centres, widths, plot.getMinX(), plot.getMaxX(), rows);
        for (int i = 0; i < n; i++) {
            Label label = markers.get(i).label();
            MarkerLayout.Placement p = places.get(i);
            label.setVisible(p.shown());
            if (p.shown()) {
                double top = plot.getMaxY() - 3 - (p.row() + 1) * (height + 2);
                label.resizeRelocate(p.left(), top, widths[i], height);
            }
        }
    }
}
