package ganexplorer.ui.readout;

import ganexplorer.data.Datasets;
import ganexplorer.train.ImagePictures;
import ganexplorer.train.MetricRow;
import ganexplorer.train.PlanePictures;
import ganexplorer.train.Snapshot;
import java.util.List;
import java.util.Locale;

/**
 * What the Wasserstein readout says about a snapshot, as plain text: no Nodes, so every sentence is unit-tested.
 * Numbers come only from the snapshot's own history, which holds rows of its own experiment alone: before the
 * first row of an experiment both numbers read "–".
 *
 * @param meaningful whether the critic's estimate is a distance under the running objective
 * @param alarm      whether the numbers say training has run away (non-finite, or generated points far outside
 *                   the data): the view shows them as a warning, never in the "good" colour
 * @param criticAboveW1 whether the newest critic estimate exceeds the exact W1 of the same points, which a
 *                   1-Lipschitz critic cannot (see {@link CriticBound}); the sentence then says so
 */
public record ReadoutText(String criticValue, String distanceValue, String criticTrend, String distanceTrend,
                          String distanceCaption, String distanceTip, String criticTip, String sentence,
                          boolean meaningful, boolean alarm, boolean criticAboveW1) {
    static final String NONE = "–";
    private static final int TREND_ROWS = 5;
    /** Beyond this a Wasserstein number on these data sets (boxes a few units wide) means G has run away. */
    private static final double RUNAWAY = 1e3;

    public static ReadoutText of(Snapshot s) {
        Kind kind = Kind.of(s);
        boolean meaningful = s.objective().estimatesWasserstein();
        String objective = s.objective().id();
        String criticTip = meaningful
                ? "mean D(real) − mean D(fake): under " + objective + " the critic is kept (roughly) 1-Lipschitz, so "
                        + "this estimates W1. A 1-Lipschitz critic can never exceed the true distance."
                : "mean D(real) − mean D(fake). Under " + objective + " the critic is not Lipschitz-constrained, so "
                        + "this number is not a distance; compare the " + kind.name + " instead.";
        List<MetricRow> rows = s.history();
        if (rows.isEmpty()) {
            return new ReadoutText(NONE, NONE, "", "", kind.caption, kind.tip, criticTip,
                    "Waiting for the first measurement of this experiment…", meaningful, false, false);
        }
        MetricRow last = rows.get(rows.size() - 1);
        boolean runaway = !Double.isFinite(last.distance()) || Math.abs(last.distance()) > RUNAWAY
                || s.pictures() instanceof PlanePictures p && ganexplorer.train.FarOut.share(p) > 0.5;
        String sentence;
        if (runaway) {
            sentence = "Training has run away: the generated " + kind.samples + " are far from the data. Lower the "
                    + "learning rates or choose a steadier objective, then reset.";
        } else if (meaningful) {
            sentence = "The critic's estimate should follow the " + kind.name + " down as samples improve: here the "
                    + "critic is a measuring stick.";
        } else {
            sentence = "Under " + objective + " only the " + kind.name + " measures how far the generated "
                    + kind.samples + " are from the data.";
        }
        boolean above = !runaway && CriticBound.exceeded(last);
        if (above) {
            sentence = CriticBound.caveat(last);
        }
        if (!kind.caveat.isEmpty()) {
            sentence += " " + kind.caveat;
        }
        return new ReadoutText(format(last.criticEstimate()), format(last.distance()), trend(rows, true),
                trend(rows, false), kind.caption, kind.tip, criticTip, sentence, meaningful, runaway, above);
    }

    /** How the distance that trusts no critic is measured for this kind of data. */
    private record Kind(String name, String caption, String tip, String samples, String caveat) {
        static Kind of(Snapshot s) {
            if (!(s.pictures() instanceof ImagePictures images)) {
                return new Kind("exact W1", "exact W1 (trusts no critic)", "Mean distance between the real and "
                        + "generated points of the evaluation sample under the best one-to-one matching. Works for "
                        + "every objective, so objectives compare on one scale.", "points", "");
            }
            boolean features = images.shape().channels() == 1 && images.shape().height() == 28
                    && images.shape().width() == 28;
            if (!features) {
                return new Kind("sliced W", "sliced W of pixels (trusts no critic)", "Sliced Wasserstein distance "
                        + "between real and generated images in pixel space: the mean 1-D W1 over 128 fixed "
                        + "directions. Works for every objective.", "images", "");
            }
            String caveat = featureCaveat(s.dataset());
            return new Kind("sliced W", "sliced W, digit-classifier features", "Sliced Wasserstein distance between "
                    + "real and generated images in the feature space of the shipped digit classifier: the mean 1-D "
                    + "W1 over 128 fixed directions. Works for every objective, so objectives compare on one scale.",
                    "images", caveat);
        }
    }

    /** What the digit classifier's features mean on {@code dataset}: nothing to add for the bundled digits. */
    static String featureCaveat(String dataset) {
        return dataset.equals(Datasets.DIGITS) ? ""
                : "These features come from a classifier of handwritten digits: on other data they rank runs against "
                        + "each other but do not mean \"digit-like\".";
    }

    private static String trend(List<MetricRow> rows, boolean criticValue) {
        if (rows.size() <= TREND_ROWS) {
            return "";
        }
        MetricRow now = rows.get(rows.size() - 1);
        MetricRow before = rows.get(rows.size() - 1 - TREND_ROWS);
        double a = criticValue ? before.criticEstimate() : before.distance();
        double b = criticValue ? now.criticEstimate() : now.distance();
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return "";
        }
        double change = b - a;
        long steps = now.step() - before.step();
        if (Math.abs(change) < 0.02 * Math.max(Math.abs(a), 1e-9)) {
            return String.format(Locale.ROOT, "→ steady over %,d steps", steps);
        }
        // short enough for the readout's column at 1280 x 720
        return String.format(Locale.ROOT, "%s %+.3g in %,d steps", change < 0 ? "↓" : "↑", change, steps);
    }

    /** Three decimals for the numbers of a working run; a runaway's huge values in short scientific notation. */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        return Math.abs(v) >= 1e4 ? String.format(Locale.ROOT, "%.2e", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
