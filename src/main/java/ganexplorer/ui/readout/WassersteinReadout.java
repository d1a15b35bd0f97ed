package ganexplorer.ui.readout;

import ganexplorer.ui.Texts;
import ganexplorer.train.Snapshot;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Wasserstein readout: the critic's own estimate (greyed under objectives where it means nothing) beside the
 * exact W1 between real and generated points (on images the sliced W of classifier features), which trusts no critic,
 * each with its trend and one sentence. What it says is {@link ReadoutText}'s; this class only shows it.
 */
public final class WassersteinReadout extends VBox {
    private final Label critic = big();
    private final Label exact = big();
    private final Label criticTrend = new Label();
    private final Label exactTrend = new Label();
    private final Label criticCaption = new Label(Texts.get("readout.criticCaption"));
    private final Label sentence = new Label();
    private final Tooltip criticTip = new Tooltip();
    private final Label exactCaption = new Label();
    private final Tooltip exactTip = new Tooltip();

    public WassersteinReadout() {
        getStyleClass().add("readout");
        Label title = new Label(Texts.get("readout.title"));
        title.getStyleClass().add("section-title");
        title.setTooltip(new Tooltip(Texts.get("readout.tip.title")));
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.add(criticCaption, 0, 0);
        grid.add(exactCaption, 1, 0);
        grid.add(critic, 0, 1);
        grid.add(exact, 1, 1);
        grid.add(criticTrend, 0, 2);
        grid.add(exactTrend, 1, 2);
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        sentence.setMaxWidth(Double.MAX_VALUE);
        sentence.getStyleClass().add("readout-sentence");
        criticTip.setWrapText(true);
        criticTip.setMaxWidth(420);
        exactTip.setWrapText(true);
        exactTip.setMaxWidth(420);
        Tooltip.install(critic, criticTip);
        Tooltip.install(criticCaption, criticTip);
        Tooltip.install(criticTrend, criticTip);
        Tooltip.install(exact, exactTip);
        Tooltip.install(exactCaption, exactTip);
        Tooltip.install(exactTrend, exactTip);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(title, grid, sentence);
        critic.setText(ReadoutText.NONE);
        exact.setText(ReadoutText.NONE);
        exactCaption.setText(Texts.get("readout.exactW1.caption"));
    }

    private static Label big() {
        Label l = new Label();
        l.getStyleClass().add("readout-number");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    public void show(Snapshot s) {
        ReadoutText t = ReadoutText.of(s);
        critic.setText(t.criticValue());
        exact.setText(t.distanceValue());
        criticTrend.setText(t.criticTrend());
        exactTrend.setText(t.distanceTrend());
        exactCaption.setText(t.distanceCaption());
        exactTip.setText(t.distanceTip());
        criticTip.setText(t.criticTip());
        sentence.setText(t.sentence());
        critic.setDisable(!t.meaningful());
        criticCaption.setDisable(!t.meaningful());
        exact.pseudoClassStateChanged(ALARM, t.alarm());
        critic.pseudoClassStateChanged(ALARM, t.alarm());
        sentence.pseudoClassStateChanged(ALARM, t.alarm());
        critic.pseudoClassStateChanged(ABOVE_W1, t.criticAboveW1());
        sentence.pseudoClassStateChanged(ABOVE_W1, t.criticAboveW1());
    }

    /** Whether the critic's number is shown as above the exact W1 (tests). */
    public boolean criticAboveW1Shown() {
        return critic.getPseudoClassStates().contains(ABOVE_W1);
    }

    /** Whether the numbers are shown as a runaway's (tests). */
    public boolean alarmShown() {
        return exact.getPseudoClassStates().contains(ALARM);
    }

    /** The exact number's text (tests). */
    public String distanceText() {
        return exact.getText();
    }

    private static final javafx.css.PseudoClass ALARM = javafx.css.PseudoClass.getPseudoClass("alarm");
    /** The critic's estimate exceeds the exact W1: a caution (amber), not a runaway's alarm. */
    private static final javafx.css.PseudoClass ABOVE_W1 = javafx.css.PseudoClass.getPseudoClass("above-w1");
}
