package ganexplorer.ui.charts;

import ganexplorer.train.SwapEvent;
import java.util.Locale;
import java.util.Map;

/** What a swap marker says: a short label on the chart, the whole story in its tooltip. */
final class SwapText {
    /** The names the objectives go by in papers, shorter than their ids so that labels of close swaps fit. */
    private static final Map<String, String> SHORT = Map.of("bce-minimax", "minimax", "bce", "BCE",
            "least-squares", "LSGAN", "wgan-clip", "WGAN", "wgan-gp", "WGAN-GP", "hinge", "hinge");

    private SwapText() {
    }

    static String label(SwapEvent e) {
        return "→ " + SHORT.getOrDefault(e.to(), e.to());
    }

    static String tooltip(SwapEvent e) {
        return String.format(Locale.ROOT, "Step %,d: the objective changed from %s to %s. Both networks kept their "
                + "weights; the losses and the critic's estimate follow the new objective from here on, so a jump at "
                + "this line is the new objective's scale, not a change in the samples.", e.step(), e.from(), e.to());
    }
}
