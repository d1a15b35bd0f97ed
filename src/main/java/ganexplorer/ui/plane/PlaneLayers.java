package ganexplorer.ui.plane;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Which layers of the toy plane are shown; the toolbar's check boxes bind to these. */
public final class PlaneLayers {
    public final BooleanProperty heatmap = new SimpleBooleanProperty(true);
    public final BooleanProperty real = new SimpleBooleanProperty(true);
    public final BooleanProperty generated = new SimpleBooleanProperty(true);
    public final BooleanProperty manifold = new SimpleBooleanProperty(false);
    public final BooleanProperty arrows = new SimpleBooleanProperty(false);
}
