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

    /** Above this log10 change per layer the gradient explodes or vanishes on its way back; below half of it, flat. */
    static final double STEEP = 0.1;

    /**
     * What the gradient profile says: going back from the output, by what factor the critic loss's gradient changes per
     * layer, and whether that is exploding, vanishing or flat (the WGAN-GP paper's Fig. 1b); empty without a profile.
     */
    public static String depthSentence(CriticWeights w) {
        double slope = w.depthSlope();
        if (Double.isNaN(slope)) {
            return "";
        }
        java.util.List<Double> g = w.layerGradients();
        String perLayer = number(Math.pow(10, Math.abs(slope)));
        String span = number(Math.pow(10, Math.abs(g.get(0) - g.get(g.size() - 1))));
        if (slope > STEEP) {
            return Texts.format("weights.depth.explodes", perLayer, span);
        }
        if (slope < -STEEP) {
            return Texts.format("weights.depth.vanishes", perLayer, span);
        }
        return Texts.format(Math.abs(slope) <= STEEP / 2 ? "weights.depth.flat" : "weights.depth.drifts",
                number(Math.pow(10, slope)));
    }

    static String depthTitle() {
        return Texts.get("weights.depth.title");
    }

    static String depthHelp() {
        return Texts.get("weights.depth.help");
    }

    static String depthAxis() {
        return Texts.get("weights.depth.axis");
    }

    /** Whether the largest |w| is the clip itself (to float precision): then the edge bins are +-c. */
    static boolean atClip(CriticWeights w) {
        return !Double.isNaN(w.clip()) && Math.abs(w.range() - w.clip()) <= 1e-6 * w.clip() + 1e-9;
    }

    /** Whole percents, one decimal below 1% and "<0.1%" below that, so a few weights at the clip never read "0%". */
    static String percent(double share) {
        if (share > 0 && share < 0.001) {
            return "<0.1%";
        }
        return String.format(java.util.Locale.ROOT, share > 0 && share < 0.01 ? "%.1f%%" : "%.0f%%", 100 * share);
    }

    static String number(double v) {
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}
