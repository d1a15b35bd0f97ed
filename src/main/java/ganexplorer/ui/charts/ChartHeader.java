package ganexplorer.ui.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Rectangle;

/**
 * The line above a chart: its name, a swatch and name per line, and the note on lines a log scale leaves out. It
 * stands in for chartfx's legend and rotated y-axis title, which took two rows' height and were cut off on a
 * 720-pixel-high screen.
 */
final class ChartHeader extends FlowPane {
    private final Label title;
    private final List<Label> entries = new ArrayList<>();
    private final Label note = new Label();

    ChartHeader(String name, List<String> colours) {
        super(8, 0);
        getStyleClass().add("chart-header");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 0, 0, 2));
        title = new Label(name);
        title.setStyle("-fx-font-weight: bold; -fx-text-fill: #333333;");
        getChildren().add(title);
        for (String colour : colours) {
            Rectangle swatch = new Rectangle(14, 3);
            swatch.setStyle("-fx-fill: " + colour + ";");
            Label entry = new Label("", swatch);
            entry.getStyleClass().add("chart-entry");
            entries.add(entry);
            getChildren().add(entry);
        }
        note.getStyleClass().add("chart-note");
        note.setStyle("-fx-text-fill: #8a4b00; -fx-font-style: italic; -fx-font-size: 11px;");
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());
        note.setVisible(false);
        getChildren().add(note);
    }

    /** Shows each line's name, greyed when it is not drawn, and the note (hidden when empty). */
    void update(List<String> names, boolean[] drawn, String noteText) {
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).setText(names.get(i));
            entries.get(i).setOpacity(drawn[i] ? 1 : 0.4);
        }
        note.setText(noteText);
        note.setVisible(!noteText.isEmpty());
    }

    String noteText() {
        return note.isVisible() ? note.getText() : "";
    }

    /** The note may wrap to a second line rather than push the header wider than its chart. */
    @Override
    protected void layoutChildren() {
        note.setMaxWidth(Math.max(100, getWidth() - 4));
        super.layoutChildren();
    }
}
