package ganexplorer.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The labels a view tab opens with, styled in one place (app.css): its title, the small paragraph saying what it
 * shows, and the bold live sentence about the newest numbers. Each wraps and keeps its full height.
 */
public final class ViewLabels {
    private ViewLabels() {
    }

    public static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    public static Label explain(String text) {
        return wrapping(new Label(text), "view-explain");
    }

    /** An empty live sentence; the view sets its text from each snapshot. */
    public static Label sentence() {
        return wrapping(new Label(), "live-sentence");
    }

    private static Label wrapping(Label l, String styleClass) {
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
