package ganexplorer.ui.readout;

import ganexplorer.ui.Texts;
import ganexplorer.objective.Objective;
import ganexplorer.train.MetricRow;
import java.util.List;
import java.util.Locale;

/**
 * When the critic's estimate exceeds the exact W1 of the same points: a 1-Lipschitz critic cannot (Kantorovich-
 * Rubinstein duality: W1 is the largest mean D(real) - mean D(fake) over 1-Lipschitz D), so the critic has left the
 * constraint and its number is no distance. Only under the objectives whose critic estimates W1, and only on points
 * (the sliced W of images is measured in another space). FX-free; the readout and the charts take their words from
 * here, and these are all of them.
 */
public final class CriticBound {
    private CriticBound() {
    }

    /** Whether {@code r}'s critic estimate is above its exact W1 under an objective whose critic estimates W1. */
    public static boolean exceeded(MetricRow r) {
        return applies(r) && r.criticOverW1() > 1;
    }

    /** Whether the row can say: a Wasserstein objective's row on points, with both numbers finite. */
    public static boolean applies(MetricRow r) {
        return Objective.IDS.contains(r.objective()) && Objective.of(r.objective(), 0.01, 10).estimatesWasserstein()
                && Double.isFinite(r.criticOverW1()) && Double.isFinite(r.criticEstimate());
    }

    /** The readout's sentence on the newest row, or "" when the bound holds (or cannot be judged). */
    public static String caveat(MetricRow last) {
        if (!exceeded(last)) {
            return "";
        }
        // what keeps it closer depends on how the objective bounds the critic's slope
        String advice = last.objective().equals("wgan-clip") ? "readout.aboveW1.clip" : "readout.aboveW1.gp";
        return Texts.format("readout.aboveW1", last.criticOverW1()) + Texts.get(advice);
    }

    /** The Wasserstein chart's note: on how many of the rows that can say the bound was broken, or "". */
    public static String chartNote(List<MetricRow> rows) {
        int judged = 0;
        int above = 0;
        for (MetricRow r : rows) {
            if (applies(r)) {
                judged++;
                above += exceeded(r) ? 1 : 0;
            }
        }
        return above == 0 ? "" : Texts.format("readout.aboveW1Rows", above, judged);
    }
}
