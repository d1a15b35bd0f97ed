package ganexplorer.ui;

import ganexplorer.train.Command;
import ganexplorer.train.Presets;
import ganexplorer.train.Snapshot;
import ganexplorer.ui.controls.ControlPanel;
import ganexplorer.ui.lesson.LessonPlayerModel;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The view a teacher puts on the projector (F5): settings and menus hidden, a banner with the lesson's narration (or
 * the preset's summary) and a large step counter, type at 20 px and more, and the keyboard only. It rearranges the
 * window's own nodes and adds none but the banner, so the views keep their snapshots and training never stops.
 */
public final class PresenterMode {
    private final BooleanProperty on = new SimpleBooleanProperty(false);
    private BorderPane root;
    private Node menus;
    private Node left;
    private Node planeBar;
    private final Supplier<LessonPlayerModel> lesson;
    private final Supplier<Node> lessonPanel;
    private final ControlPanel controls;
    private final Label title = new Label();
    private final Label stepLine = new Label();
    private final Label narration = new Label();
    private final Label said = new Label();
    private final Label counter = new Label();
    private final Label state = new Label();
    private final Label hint = new Label(Texts.get("presenter.hint"));
    private final BorderPane banner = new BorderPane();
    private Snapshot last;
    /** Nodes of the views that presenter mode hides (settings of the charts, the readout's long sentence). */
    private final java.util.List<Node> tucked = new java.util.ArrayList<>();

    PresenterMode(ControlPanel controls, Supplier<LessonPlayerModel> lesson, Supplier<Node> lessonPanel) {
        this.lesson = lesson;
        this.lessonPanel = lessonPanel;
        this.controls = controls;
        banner.getStyleClass().add("presenter-banner");
        title.getStyleClass().add("presenter-title");
        stepLine.getStyleClass().add("presenter-step");
        narration.getStyleClass().add("presenter-narration");
        said.getStyleClass().add("presenter-said");
        counter.getStyleClass().add("presenter-counter");
        state.getStyleClass().add("presenter-state");
        hint.getStyleClass().add("presenter-hint");
        Tooltip keys = new Tooltip(Texts.get("presenter.keys"));
        keys.setWrapText(true);
        keys.setMaxWidth(420);
        hint.setTooltip(keys);
        for (Label l : new Label[] {title, stepLine, narration, said}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE); // as many lines as it needs, never cut
            l.setMaxWidth(Double.MAX_VALUE);
        }
        for (Label l : new Label[] {counter, state, hint}) {
            l.setMinWidth(Region.USE_PREF_SIZE); // never "step 1,2…"
        }
        VBox text = new VBox(4, title, stepLine, narration, said);
        VBox side = new VBox(2, counter, state, hint);
        side.setAlignment(Pos.TOP_RIGHT);
        side.setMinWidth(Region.USE_PREF_SIZE);
        BorderPane.setMargin(side, new Insets(0, 0, 0, 16));
        banner.setCenter(text);
        banner.setRight(side);
        banner.setPadding(new Insets(8, 14, 8, 14));
        on.addListener((o, was, now) -> apply(now));
    }

    /** The window's root and what presenter mode hides of it (the menu bar is the root's top when this is called). */
    void attach(BorderPane root, Node settings, Node planeBar) {
        this.root = root;
        this.menus = root.getTop();
        this.left = settings;
        this.planeBar = planeBar;
    }

    /**
     * The right column's share of the window's width. At 1280x720 the centre view is bound by its height (the banner
     * takes ~200 px), so presenter mode gives the charts the width the square view cannot use.
     */
    static double rightShare(boolean presenting) {
        return presenting ? 0.42 : 0.34;
    }

    /** On or off; the View menu's check item and F5 / Esc set it. */
    public BooleanProperty onProperty() {
        return on;
    }

    public boolean isOn() {
        return on.get();
    }

    public void setOn(boolean value) {
        on.set(value);
    }

    /** View → Presenter mode, kept in step with F5 and Esc. */
    CheckMenuItem menuItem() {
        CheckMenuItem item = new CheckMenuItem(Texts.get("menu.view.presenter"));
        item.setId("presenter-mode");
        item.setAccelerator(new KeyCodeCombination(KeyCode.F5)); // shown in the menu; the key itself is ours
        item.setSelected(on.get());
        on.addListener((o, was, now) -> item.setSelected(now));
        // after the menu has closed: turning on takes the menu bar out of the scene
        item.setOnAction(e -> javafx.application.Platform.runLater(() -> on.set(item.isSelected())));
        return item;
    }

    /** Does what the key asks in this mode; true when the key was taken (then nobody else must act on it). */
    boolean key(KeyEvent e) {
        LessonPlayerModel l = lesson.get();
        var action = PresenterKeys.action(e.getCode(), on.get(), l != null);
        if (action.isEmpty()) {
            // in presenter mode no key may reach the hidden settings (arrows moving focus, typing into a field)
            return on.get() && !e.getCode().isModifierKey();
        }
        switch (action.get()) {
            case TOGGLE -> on.set(!on.get());
            case LEAVE -> on.set(false);
            case NEXT_LESSON_STEP -> l.next();
            case PREVIOUS_LESSON_STEP -> l.previous();
            case RESTART_LESSON_STEP -> l.restart();
            case RUN_PAUSE -> controls.toggleRun();
            case SINGLE_STEP -> controls.step(Command.StepSize.ITERATION);
            case RESET_EXPERIMENT -> controls.reset();
        }
        refresh();
        return true;
    }

    /** A new snapshot: the counter and the run's state. */
    void show(Snapshot s) {
        last = s;
        refresh();
    }

    /** The banner's texts from the lesson (or the preset) and the newest snapshot; only while shown. */
    void refresh() {
        if (!on.get()) {
            return;
        }
        tuck();
        Node strip = lessonPanel.get();
        if (strip != null && strip.isVisible()) { // the banner says what the strip says, larger
            strip.setVisible(false);
            strip.setManaged(false);
        }
        var language = Texts.language();
        LessonPlayerModel l = lesson.get();
        if (l != null) {
            set(title, l.title(language));
            set(stepLine, Texts.format("lesson.stepOf", l.index() + 1, l.size()) + " · " + l.stepTitle(language));
            set(narration, l.narration(language));
            set(said, l.said(language));
        } else {
            String preset = controls.presetName();
            set(title, preset != null ? preset : last == null ? "" : Texts.format("presenter.experiment",
                    last.objective().id(), ganexplorer.ui.controls.ControlsModel.datasetLabel(last.dataset())));
            set(stepLine, "");
            set(narration, preset == null ? "" : Texts.summary(Presets.byName(preset)));
            set(said, "");
        }
        if (last != null) {
            set(counter, Texts.format("presenter.counter", last.step()));
            set(state, MainWindow.state(last.state()));
        }
    }

    /**
     * Hides the charts' settings bar and the readout's long sentence (the banner explains; the charts need the height).
     * Looked up until found: a tab's content joins the scene only when its skin is made, after the first layout.
     */
    private void tuck() {
        if (tucked.size() >= 2) {
            return;
        }
        for (String style : new String[] {".chart-settings-bar", ".readout-sentence"}) {
            for (Node n : root.lookupAll(style)) {
                if (!tucked.contains(n)) {
                    tucked.add(n);
                    n.setVisible(false);
                    n.setManaged(false);
                }
            }
        }
    }

    private static void set(Label l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
        l.setVisible(!text.isEmpty());
        l.setManaged(!text.isEmpty());
    }

    private void apply(boolean presenting) {
        root.setTop(presenting ? banner : menus);
        for (Node n : new Node[] {left, planeBar}) {
            n.setVisible(!presenting);
            n.setManaged(!presenting);
        }
        Node strip = lessonPanel.get();
        if (strip != null) {
            strip.setVisible(!presenting);
            strip.setManaged(!presenting);
        }
        if (!presenting) {
            tucked.forEach(n -> {
                n.setVisible(true);
                n.setManaged(true);
            });
            tucked.clear();
        }
        if (root.lookup(".status-bar") instanceof Label status) { // notices are long at 20 px: wrap, never cut
            status.setWrapText(presenting);
            status.setMinHeight(presenting ? Region.USE_PREF_SIZE : Region.USE_COMPUTED_SIZE);
        }
        if (presenting) {
            root.getStyleClass().add("presenter");
            root.requestFocus(); // out of any settings field, which is hidden now
        } else {
            root.getStyleClass().remove("presenter");
        }
        refresh();
    }

    /** The banner (tests, screenshots). */
    public Node banner() {
        return banner;
    }

    public String titleText() {
        return title.getText();
    }

    public String stepText() {
        return stepLine.getText();
    }

    public String narrationText() {
        return narration.getText();
    }

    public String counterText() {
        return counter.getText();
    }

    public String hintText() {
        return hint.getText();
    }
}
