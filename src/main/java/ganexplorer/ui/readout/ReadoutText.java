package ganexplorer.ui.readout;

import ganexplorer.ui.Texts;
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
        String criticTip = meaningful ? Texts.format("readout.tip.critic", objective)
                : Texts.format("readout.tip.criticNoDistance", objective, kind.name);
        List<MetricRow> rows = s.history();
        if (rows.isEmpty()) {
            return new ReadoutText(NONE, NONE, "", "", kind.caption, kind.tip, criticTip,
                    Texts.get("readout.waiting"), meaningful, false, false);
        }
        MetricRow last = rows.get(rows.size() - 1);
        boolean runaway = !Double.isFinite(last.distance()) || Math.abs(last.distance()) > RUNAWAY
                || s.pictures() instanceof PlanePictures p && ganexplorer.train.FarOut.share(p) > 0.5;
        String sentence;
        if (runaway) {
            sentence = Texts.format("readout.runaway", kind.samples);
        } else if (meaningful) {
            sentence = Texts.format("readout.follows", kind.name);
        } else {
            sentence = Texts.format("readout.onlyDistance", objective, kind.name, kind.samples);
        }
        boolean above = !runaway && CriticBound.exceeded(last);
        if (above) {
            sentence = CriticBound.caveat(last);
        }
        String probabilities = runaway ? "" : probabilities(last);
        if (!probabilities.isEmpty()) {
            sentence += Texts.get("readout.sentenceGap") + probabilities;
        }
        String distances = runaway ? "" : lines(last);
        if (!distances.isEmpty()) {
            sentence += Texts.get("readout.sentenceGap") + distances;
        }
        if (!kind.caveat.isEmpty()) {
            sentence += Texts.get("readout.sentenceGap") + kind.caveat;
        }
        return new ReadoutText(format(last.criticEstimate()), format(last.distance()), trend(rows, true),
                trend(rows, false), kind.caption, kind.tip, criticTip, sentence, meaningful, runaway, above);
    }

    /** How the distance that trusts no critic is measured for this kind of data. */
    private record Kind(String name, String caption, String tip, String samples, String caveat) {
        static Kind of(Snapshot s) {
            if (!(s.pictures() instanceof ImagePictures images)) {
                return new Kind(Texts.get("readout.exactW1"), Texts.get("readout.exactW1.caption"),
                        Texts.get("readout.exactW1.tip"), Texts.get("readout.points"), "");
            }
            boolean features = images.shape().channels() == 1 && images.shape().height() == 28
                    && images.shape().width() == 28;
            if (!features) {
                return new Kind(Texts.get("readout.slicedW"), Texts.get("readout.slicedW.pixels.caption"),
                        Texts.get("readout.slicedW.pixels.tip"), Texts.get("readout.images"), "");
            }
            String caveat = featureCaveat(s.dataset());
            return new Kind(Texts.get("readout.slicedW"), Texts.get("readout.slicedW.features.caption"),
                    Texts.get("readout.slicedW.features.tip"), Texts.get("readout.images"), caveat);
        }
    }

    /** Below this mean D(G(z)) the discriminator has all but won, and the minimax generator's gradient goes with it. */
    static final double SATURATED = 0.05;

    /**
     * The PyTorch DCGAN tutorial's two readouts under a BCE objective, D(x) and D(G(z)) (the discriminator's mean
     * probability of "real"), and what a small D(G(z)) does to G's gradient: under minimax BCE the gradient of
     * log(1 - D(G(z))) carries a factor D(G(z)), so it vanishes; the non-saturating -log D(G(z)) carries 1 - D(G(z))
     * instead. Empty where the row has no probabilities (the other objectives).
     */
    static String probabilities(MetricRow row) {
        if (!Double.isFinite(row.dReal()) || !Double.isFinite(row.dFake())) {
            return "";
        }
        String text = Texts.format("readout.probabilities", probability(row.dReal()), probability(row.dFake()));
        if (row.dFake() < SATURATED) {
            text += Texts.get("readout.sentenceGap") + Texts.format(row.objective().equals("bce-minimax")
                    ? "readout.saturated" : "readout.notSaturated", probability(row.dFake()));
        }
        return text;
    }

    /** Above this grid JS the two segments of the lines data lie in different grid columns (log 2 = 0.693 apart). */
    static final double APART = 0.6;

    /**
     * On the lines (the WGAN paper's Example 1): theta, and the grid JS and KL beside W1. While the segments lie apart
     * JS is log 2 and KL infinite (capped by the grid's smoothing) whatever theta is, so neither can tell G which way
     * to go; W1 is |theta|. Empty on other data.
     */
    static String lines(MetricRow row) {
        if (!(row.quality() instanceof ganexplorer.metrics.ToyMetrics t) || t.theta() == null) {
            return "";
        }
        String theta = String.format(Locale.ROOT, "%.3f", t.theta());
        String js = String.format(Locale.ROOT, "%.3f", t.js());
        return t.js() >= APART ? Texts.format("readout.lines.apart", theta, js, String.format(Locale.ROOT, "%.2f", t.kl()))
                : Texts.format("readout.lines.overlap", theta, js);
    }

    /** Two decimals, or two significant digits once they would read 0.00. */
    static String probability(double p) {
        return p >= 0.01 ? String.format(Locale.ROOT, "%.2f", p) : String.format(Locale.ROOT, "%.1e", p);
    }

    /** What the digit classifier's features mean on {@code dataset}: nothing to add for the bundled digits. */
    static String featureCaveat(String dataset) {
        return dataset.equals(Datasets.DIGITS) ? ""
                : Texts.get("readout.featureCaveat");
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
            return Texts.format("readout.trend.steady", steps);
        }
        // short enough for the readout's column at 1280 x 720
        return Texts.format("readout.trend", change < 0 ? "↓" : "↑", change, steps);
    }

    /** Three decimals for the numbers of a working run; a runaway's huge values in short scientific notation. */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        return Math.abs(v) >= 1e4 ? String.format(Locale.ROOT, "%.2e", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
