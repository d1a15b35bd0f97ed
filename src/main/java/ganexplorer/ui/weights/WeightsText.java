package ganexplorer.ui.weights;

import ganexplorer.train.CriticWeights;
import ganexplorer.ui.Texts;

/**
 * The words of the critic-weights view, and its live sentence, chosen from the numbers alone (no Nodes, so a test
 * can make each sentence true and false).
 */
public final class WeightsText {
    private WeightsText() {
    }

    static String tab() {
        return Texts.get("weights.tab");
    }

    static String title() {
        return Texts.get("weights.title");
    }

    static String explain() {
        return Texts.get("weights.explain");
    }

    static String layer(int index, int values) {
        return Texts.format("weights.layer", index + 1, values);
    }

    /**
     * What the histograms say in one sentence: under a clip whose c is the largest |w|, the share the clip holds at
     * +-c; otherwise the share within 1% of the critic's own largest |w| (for comparison); a hint while there is
     * nothing to show.
     */
    public static String sentence(CriticWeights w, boolean networkCritic) {
        if (!networkCritic) {
            return Texts.get("weights.none");
        }
        if (w.layers().isEmpty() || Double.isNaN(w.atMaxShare())) {
            return Texts.get("weights.waiting");
        }
        String share = percent(w.atMaxShare());
        if (atClip(w)) {
            return Texts.format(w.atMaxShare() >= 0.5 ? "weights.atClip.most" : "weights.atClip", share, number(w.clip()));
        }
        return Texts.format("weights.atMax", share, number(w.range()));
    }

    /** Whether the largest |w| is the clip itself (to float precision): then the edge bins are +-c. */
    static boolean atClip(CriticWeights w) {
        return !Double.isNaN(w.clip()) && Math.abs(w.range() - w.clip()) <= 1e-6 * w.clip() + 1e-9;
    }

    static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", 100 * share);
    }

    static String number(double v) {
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}
