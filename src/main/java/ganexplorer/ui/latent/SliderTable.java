package ganexplorer.ui.latent;

import ganexplorer.ui.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One slider per latent dimension (name, slider, lock box), as many to a row as fit (one to four), scrolling for
 * large latents under a header that stays put; header and rows share fixed column widths, so "lock" stands over
 * the lock boxes.
 */
final class SliderTable extends VBox {
    private static final int MAX_GROUPS = 4;
    private static final double[] WIDTHS = {34, 104, 34, 12}; // name, slider, lock, gap to the next group
    private static final double GROUP = WIDTHS[0] + WIDTHS[1] + WIDTHS[2] + WIDTHS[3];
    private static final double INSET = 4;
    private static final double SCROLL_BAR = 14;

    private final GridPane header = new GridPane();
    private final GridPane body = new GridPane();
    private final List<Node[]> rows = new ArrayList<>(); // name, slider, lock of each dimension
    private final List<Slider> sliders = new ArrayList<>();
    private int groups;

    SliderTable() {
        super(2);
        header.setPadding(new Insets(0, INSET, 0, INSET + 1)); // + 1: the scroll pane's border
        body.setPadding(new Insets(INSET));
        body.setVgap(2);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(120);
        scroll.setMinViewportHeight(48);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);
        setMinWidth(GROUP + 2 * INSET + 2 + SCROLL_BAR);
        setPrefWidth(2 * GROUP + 2 * INSET + 2 + SCROLL_BAR);
        widthProperty().addListener(o -> arrange());
        arrange();
    }

    List<Slider> sliders() {
        return Collections.unmodifiableList(sliders);
    }

    void show(List<LatentDimension> dimensions) {
        rows.clear();
        sliders.clear();
        for (LatentDimension d : dimensions) {
            Slider s = new Slider(-d.range(), d.range(), d.valueProperty().get());
            s.setPrefWidth(WIDTHS[1]);
            s.valueProperty().bindBidirectional(d.valueProperty());
            s.setTooltip(new Tooltip(Texts.format("latent.slider.tip", d.name(), (int) d.range())));
            s.setAccessibleText(d.name());
            CheckBox lock = new CheckBox();
            lock.selectedProperty().bindBidirectional(d.lockedProperty());
            lock.setTooltip(new Tooltip(Texts.format("latent.lock.tip", d.name())));
            lock.setAccessibleText(Texts.format("latent.lock.tip", d.name()));
            GridPane.setHalignment(lock, HPos.CENTER);
            rows.add(new Node[] {new Label(d.name()), s, lock});
            sliders.add(s);
        }
        groups = 0;
        arrange();
    }

    /** As many groups to a row as the width holds (the scroll bar's room kept), one at least. */
    private void arrange() {
        int fit = getWidth() <= 0 ? MAX_GROUPS : (int) ((getWidth() - 2 * INSET - 2 - SCROLL_BAR + WIDTHS[3]) / GROUP);
        int wanted = Math.max(1, Math.min(MAX_GROUPS, Math.min(fit, Math.max(1, rows.size()))));
        if (wanted == groups) {
            return;
        }
        groups = wanted;
        columns(header);
        columns(body);
        header.getChildren().clear();
        for (int g = 0; g < groups; g++) {
            header.add(heading(Texts.get("latent.head.dim"), Texts.get("latent.head.tip.dim")), 4 * g, 0);
            header.add(heading(Texts.get("latent.head.value"), Texts.get("latent.head.tip.value")), 4 * g + 1, 0);
            header.add(heading(Texts.get("latent.head.lock"), Texts.get("latent.head.tip.lock")), 4 * g + 2, 0);
        }
        body.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < 3; c++) {
                body.add(rows.get(i)[c], 4 * (i % groups) + c, i / groups);
            }
        }
    }

    private void columns(GridPane p) {
        p.getColumnConstraints().clear();
        for (int g = 0; g < groups; g++) {
            for (double w : WIDTHS) {
                p.getColumnConstraints().add(new ColumnConstraints(w, w, w));
            }
        }
    }

    private static Label heading(String text, String tip) {
        Label l = new Label(text);
        l.setStyle("-fx-text-fill: #555555; -fx-font-size: 11px;");
        l.setTooltip(new Tooltip(tip));
        GridPane.setHalignment(l, text.equals(Texts.get("latent.head.lock")) ? HPos.CENTER : HPos.LEFT);
        return l;
    }
}
