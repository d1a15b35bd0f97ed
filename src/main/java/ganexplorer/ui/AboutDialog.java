package ganexplorer.ui;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → About: shows {@link AboutFacts}, one labelled row each, the values selectable so they can be copied. */
final class AboutDialog {
    private AboutDialog() {
    }

    /** Shows the dialog without waiting for it: training and the window go on behind it. */
    static Dialog<Void> show(Window owner, AboutFacts f, List<String> styleSheets) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        String[][] rows = {
                {"about.version", f.version()}, {"about.commit", f.commit()}, {"about.java", f.java()},
                {"about.javafx", f.javafx()}, {"about.blas", f.blas()}, {"about.settings", f.settings()},
                {"about.exports", f.exports().toString()}, {"about.checkpoints", f.checkpoints().toString()}};
        for (int i = 0; i < rows.length; i++) {
            Label name = new Label(Texts.get(rows[i][0]));
            name.setStyle("-fx-font-weight: bold;");
            TextField value = new TextField(rows[i][1]);
            value.setEditable(false);
            value.setPrefColumnCount(Math.max(24, Math.min(48, rows[i][1].length())));
            grid.addRow(i, name, value);
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("about.title"));
        dialog.setHeaderText(Texts.get("about.header"));
        dialog.getDialogPane().setContent(grid);
        // our own button: JavaFX names its CLOSE in the JVM's locale, not the window's language
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(Texts.get("about.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().addAll(styleSheets);
        dialog.show();
        return dialog;
    }
}
