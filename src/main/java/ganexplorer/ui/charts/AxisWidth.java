package ganexplorer.ui.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Region;

/**
 * One width for the y axes of the stacked charts, so that their plots start at one x and a step sits at the same
 * place on all of them. Each axis asks for the width its tick labels and title need and gets the widest any axis
 * asked for; when that grows, the others are laid out again. It only grows within an experiment (no jitter as
 * tick labels change), and starts over with the next.
 */
final class AxisWidth {
    private final double min;
    private final List<Region> axes = new ArrayList<>();
    private double width;

    AxisWidth(double min) {
        this.min = min;
        this.width = min;
    }

    void add(Region axis) {
        axes.add(axis);
    }

    double width() {
        return width;
    }

    /** Called from an axis's layout with the width it needs; returns the width all axes take. */
    double offer(Region from, double need) {
        double rounded = Math.ceil(need / 4) * 4;
        if (rounded > width) {
            width = rounded;
            axes.stream().filter(a -> a != from).forEach(Region::requestLayout);
        }
        return width;
    }

    void reset() {
        if (width != min) {
            width = min;
            axes.forEach(Region::requestLayout);
        }
    }
}
