package ganexplorer.ui.charts;

import ganexplorer.ui.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Which lines of one chart a log scale can draw. A log axis has no place for a value at or below zero, and chartfx
 * draws nothing at all for a data set holding one, so a line with any such value is taken off the chart while log
 * scale is on, and the chart says which and why.
 */
final class LogScaleFilter {
    private final boolean[] nonPositive;

    LogScaleFilter(int lines) {
        nonPositive = new boolean[lines];
    }

    /** Takes in one finite value of a line (NaN and infinities are never drawn, so they do not count). */
    void observe(int line, double value) {
        if (value <= 0) {
            nonPositive[line] = true;
        }
    }

    /** A new experiment: no values yet. */
    void clear() {
        java.util.Arrays.fill(nonPositive, false);
    }

    boolean drawn(int line, boolean log) {
        return !log || !nonPositive[line];
    }

    /** Why lines are missing ("critic (D) loss not drawn on a log scale: it has values ≤ 0"), or empty. */
    String note(List<String> names, boolean log) {
        List<String> off = new ArrayList<>();
        for (int i = 0; i < nonPositive.length; i++) {
            if (!drawn(i, log)) {
                off.add(names.get(i));
            }
        }
        if (off.isEmpty()) {
            return "";
        }
        return off.size() == 1 ? Texts.format("chart.logNote.one", off.get(0))
                : Texts.format("chart.logNote.many", Texts.list(off));
    }
}
