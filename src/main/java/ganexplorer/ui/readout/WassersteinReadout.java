package ganexplorer.ui.readout;

import ganexplorer.objective.Objective;
import ganexplorer.train.MetricRow;
import ganexplorer.train.Snapshot;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The Wasserstein readout: the critic's own estimate (greyed under objectives where it means nothing) beside the
 * exact W1 between real and generated points (on images the sliced W of classifier features), which trusts no critic,
 * each with its trend and one sentence.
 */
public final class WassersteinReadout extends VBox {
    private static final int TREND_ROWS = 5;

    private final Label critic = big();
    private final Label exact = big();
    private final Label criticTrend = new Label();
    private final Label exactTrend = new Label();
    private final Label criticCaption = new Label("critic's estimate");
    private final Label sentence = new Label();
    private final Tooltip criticTip = new Tooltip();
    private final Label exactCaption = new Label();
    private final Tooltip exactTip = new Tooltip();

    public WassersteinReadout() {
        getStyleClass().add("readout");
        Label title = new Label("Wasserstein distance");
        title.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.add(criticCaption, 0, 0);
        grid.add(exactCaption, 1, 0);
        grid.add(critic, 0, 1);
        grid.add(exact, 1, 1);
        grid.add(criticTrend, 0, 2);
        grid.add(exactTrend, 1, 2);
        sentence.setWrapText(true);
        sentence.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        sentence.setMaxWidth(Double.MAX_VALUE);
        sentence.getStyleClass().add("readout-sentence");
        Tooltip.install(critic, criticTip);
        Tooltip.install(criticCaption, criticTip);
        Tooltip.install(exact, exactTip);
        Tooltip.install(exactCaption, exactTip);
        describeDistance(false);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(title, grid, sentence);
        critic.setText("–");
        exact.setText("–");
    }

    private static Label big() {
        Label l = new Label();
        l.getStyleClass().add("readout-number");
        return l;
    }

    /** Points get the exact W1; images the sliced W in the digit classifier's feature space. */
    private void describeDistance(boolean images) {
        exactCaption.setText(images ? "sliced W (trusts no critic)" : "exact W1 (trusts no critic)");
        exactTip.setText(images
                ? "Sliced Wasserstein distance between real and generated images in the feature space of the shipped "
                        + "digit classifier (pixel space for other image sizes): the mean 1-D W1 over 128 fixed directions. "
                        + "Works for every objective, so objectives compare on one scale."
                : "Mean distance between the real and generated points of the evaluation sample under the best "
                        + "one-to-one matching. Works for every objective, so objectives compare on one scale.");
    }

    public void show(Snapshot s) {
        boolean images = s.images();
        describeDistance(images);
        String distance = images ? "sliced W" : "exact W1";
        boolean meaningful = s.objective().estimatesWasserstein();
        critic.setDisable(!meaningful);
        criticCaption.setDisable(!meaningful);
        criticTip.setText(meaningful
                ? "mean D(real) − mean D(fake): under " + s.objective().id() + " the critic is (roughly) 1-Lipschitz, so this estimates W1."
                : "mean D(real) − mean D(fake). Under " + s.objective().id() + " the critic is not Lipschitz-constrained, so this "
                        + "number is not a distance; compare the " + distance + " instead.");
        List<MetricRow> rows = s.history();
        if (rows.isEmpty()) {
            sentence.setText("Waiting for the first measurement…");
            return;
        }
        MetricRow last = rows.get(rows.size() - 1);
        critic.setText(format(last.criticEstimate()));
        exact.setText(format(last.distance()));
        criticTrend.setText(trend(rows, true));
        exactTrend.setText(trend(rows, false));
        sentence.setText(meaningful
                ? "The critic's estimate should follow the " + distance + " down as samples improve: here the critic is a measuring stick."
                : "Under " + s.objective().id() + " only the " + distance + " measures how far the generated "
                        + (images ? "images" : "points") + " are from the data.");
    }

    private static String trend(List<MetricRow> rows, boolean criticValue) {
        if (rows.size() <= TREND_ROWS) {
            return "";
        }
        MetricRow now = rows.get(rows.size() - 1);
        MetricRow before = rows.get(rows.size() - 1 - TREND_ROWS);
        double a = criticValue ? before.criticEstimate() : before.distance();
        double b = criticValue ? now.criticEstimate() : now.distance();
        double change = b - a;
        String arrow = Math.abs(change) < 0.02 * Math.max(Math.abs(a), 1e-9) ? "→ steady" : change < 0 ? "↓ falling" : "↑ rising";
        return arrow + String.format(Locale.ROOT, " (%+.3f over %d steps)", change, now.step() - before.step());
    }

    private static String format(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "–";
    }
}
