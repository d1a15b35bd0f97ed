package ganexplorer.ui.charts;

import ganexplorer.ui.Tips;
import ganexplorer.train.SwapEvent;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * A vertical line at an objective swap with a short label. chartfx centres an indicator's label on its line, which
 * cuts it off at the plot's right edge and piles close swaps' labels on each other; after chartfx's own layout the
 * chart's {@link SwapMarkers} move every label to its place.
 */
final class SwapMarker extends XValueIndicator {
    private final Runnable placeLabels;

    SwapMarker(Axis x, SwapEvent event, Runnable placeLabels) {
        super(x, event.step(), SwapText.label(event));
        this.placeLabels = placeLabels;
        setEditable(false);
        Tooltip tip = Tips.of(SwapText.tooltip(event));
        label.setTooltip(tip);
        Tooltip.install(pickLine, tip);
        label.getStyleClass().add("swap-label");
        // smaller than chartfx's bold 12 px box: more rows of labels fit on a short chart
        label.setStyle("-fx-font-size: 10px; -fx-font-weight: normal; -fx-padding: 0 2 0 2; "
                + "-fx-background-color: rgba(255, 240, 150, 0.92); -fx-border-color: #8c8c8c;");
    }

    Label label() {
        return label;
    }

    @Override
    public void runPostLayout() {
        super.runPostLayout();
        if (placeLabels != null) { // null while chartfx's constructor lays the marker out
            placeLabels.run();
        }
    }
}
