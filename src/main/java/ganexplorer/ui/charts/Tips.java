package ganexplorer.ui.charts;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Tooltips long enough to explain a quantity: wrapped, and shown long enough to be read. */
final class Tips {
    private Tips() {
    }

    static Tooltip of(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(380);
        t.setShowDuration(Duration.seconds(30));
        return t;
    }
}
