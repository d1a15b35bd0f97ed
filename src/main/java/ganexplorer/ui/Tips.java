package ganexplorer.ui;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Tooltips long enough to explain a quantity: wrapped, and shown long enough to be read (charts, views). */
public final class Tips {
    private Tips() {
    }

    public static Tooltip of(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(380);
        t.setShowDuration(Duration.seconds(30));
        return t;
    }
}
