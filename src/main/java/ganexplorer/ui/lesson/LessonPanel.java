package ganexplorer.ui.lesson;

import ganexplorer.ui.Texts;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The strip above the status line while a lesson plays: the lesson's title and "step i of n", the step's narration
 * (wrapping), the newest say cue's sentence, and the buttons that step through the lesson. It only shows the model;
 * a window built anew after a language switch makes a new panel on the same model.
 */
public final class LessonPanel extends BorderPane {
    private final LessonPlayerModel model;
    private final Label title = new Label();
    private final Label counter = new Label();
    private final Label stepTitle = new Label();
    private final Label narration = new Label();
    private final Label said = new Label();
    private final Button previous = new Button(Texts.get("lesson.previous"));
    private final Button next = new Button(Texts.get("lesson.next"));
    private final Button restart = new Button(Texts.get("lesson.restart"));
    private final Button close = new Button(Texts.get("lesson.close"));
    private final InvalidationListener refresh = o -> refresh();

    public LessonPanel(LessonPlayerModel model, Runnable onClose) {
        this.model = model;
        getStyleClass().add("lesson-panel");
        title.getStyleClass().add("lesson-title");
        counter.getStyleClass().add("lesson-counter");
        stepTitle.getStyleClass().add("lesson-step-title");
        narration.getStyleClass().add("lesson-narration");
        said.getStyleClass().add("lesson-said");
        for (Label l : new Label[] {title, counter}) {
            l.setMinWidth(Region.USE_PREF_SIZE); // never "Step 2 of…"
        }
        for (Label l : new Label[] {stepTitle, narration, said}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE); // wraps to as many lines as it needs, never cut
            l.setMaxWidth(Double.MAX_VALUE);
        }
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
        restart.setOnAction(e -> model.restart());
        close.setOnAction(e -> onClose.run());
        previous.setTooltip(new Tooltip(Texts.get("lesson.tip.previous")));
        next.setTooltip(new Tooltip(Texts.get("lesson.tip.next")));
        restart.setTooltip(new Tooltip(Texts.get("lesson.tip.restart")));
        close.setTooltip(new Tooltip(Texts.get("lesson.tip.close")));
        for (Button b : new Button[] {previous, next, restart, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(12, title, counter, gap, previous, next, restart, close);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(4, head, stepTitle, narration, said);
        body.setPadding(new Insets(8, 12, 8, 12));
        setCenter(body);
        model.indexProperty().addListener(refresh);
        model.saidProperty().addListener(refresh);
        refresh();
    }

    /** Stops following the model (the panel of a window that was replaced). */
    public void detach() {
        model.indexProperty().removeListener(refresh);
        model.saidProperty().removeListener(refresh);
    }

    private void refresh() {
        var l = Texts.language();
        title.setText(model.title(l));
        counter.setText(Texts.format("lesson.stepOf", model.index() + 1, model.size()));
        stepTitle.setText(model.stepTitle(l));
        narration.setText(model.narration(l));
        String sentence = model.said(l);
        said.setText(sentence);
        said.setVisible(!sentence.isEmpty());
        said.setManaged(!sentence.isEmpty());
        previous.setDisable(!model.hasPrevious());
        next.setDisable(!model.hasNext());
    }

    public String titleText() {
        return title.getText();
    }

    public String counterText() {
        return counter.getText();
    }

    public String stepTitleText() {
        return stepTitle.getText();
    }

    public String narrationText() {
        return narration.getText();
    }

    public String saidText() {
        return said.getText();
    }

    public Button nextButton() {
        return next;
    }

    public Button previousButton() {
        return previous;
    }

    public Button restartButton() {
        return restart;
    }

    public Button closeButton() {
        return close;
    }
}
