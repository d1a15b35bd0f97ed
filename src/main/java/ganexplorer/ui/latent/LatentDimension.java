package ganexplorer.ui.latent;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/** One coordinate of the slider point: its value in [-range, range] and whether Randomize leaves it alone. */
public final class LatentDimension {
    private final int index;
    private final double range;
    private final DoubleProperty value = new SimpleDoubleProperty(this, "value", 0);
    private final BooleanProperty locked = new SimpleBooleanProperty(this, "locked", false);

    LatentDimension(int index, double range) {
        this.index = index;
        this.range = range;
    }

    public int index() {
        return index;
    }

    public String name() {
        return "z" + index;
    }

    public double range() {
        return range;
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public BooleanProperty lockedProperty() {
        return locked;
    }
}
