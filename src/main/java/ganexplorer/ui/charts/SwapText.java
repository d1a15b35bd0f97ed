package ganexplorer.ui.charts;

import ganexplorer.ui.Texts;
import ganexplorer.train.SwapEvent;
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
        return Texts.format("chart.swap.tip", e.step(), e.from(), e.to());
    }
}
