package ganexplorer.ui.modes;

import ganexplorer.metrics.ToyMetrics;
import ganexplorer.train.MetricRow;
import ganexplorer.ui.Texts;
import java.util.Arrays;
import java.util.List;

/**
 * The strip's live sentence, from the newest row's shares of the generated samples within each mode's radius (no
 * Nodes, so a test can make each case true and false): most samples off every mode (with no mode, some or all
 * holding samples); a few modes holding nine tenths of what lies on modes (collapse); every mode holding samples;
 * or some left empty.
 */
public final class ModesSentence {
    /** What lies on modes must be at least this share of the samples before the modes are compared. */
    static final double ON_MODES = 0.5;
    /** The modes that together hold this much of what lies on modes are the ones that "hold the samples". */
    static final double MOST = 0.9;
    /** A mode holds samples from this share on (as modes_covered counts them). */
    static final double HOLDS = 0.01;

    private ModesSentence() {
    }

    /** The sentence for the newest row, or "" when it has no shares (no modes, or a row measured before them). */
    public static String of(List<MetricRow> rows) {
        if (rows.isEmpty() || !(rows.get(rows.size() - 1).quality() instanceof ToyMetrics t) || t.modeShares() == null
                || t.modeShares().isEmpty()) {
            return "";
        }
        double[] shares = t.modeShares().stream().mapToDouble(Double::doubleValue).toArray();
        int modes = shares.length;
        double onModes = Arrays.stream(shares).sum();
        long holding = Arrays.stream(shares).filter(s -> s >= HOLDS).count();
        if (!(onModes >= ON_MODES)) {
            String off = percent(1 - onModes);
            return holding == modes ? Texts.format("modes.sentence.offAll", modes, off)
                    : holding == 0 ? Texts.format("modes.sentence.off", off)
                    : Texts.format("modes.sentence.offSome", holding, modes, off);
        }
        double[] sorted = Arrays.stream(shares).map(s -> -s).sorted().map(s -> -s).toArray();
        int k = 0;
        double held = 0;
        while (k < modes && held < MOST * onModes) {
            held += sorted[k++];
        }
        if (k <= Math.max(1, modes / 4)) {
            return Texts.format("modes.sentence.collapse", k, modes, percent(held));
        }
        if (holding == modes) {
            return Texts.format("modes.sentence.covered", modes, percent(sorted[modes - 1]), percent(sorted[0]));
        }
        return Texts.format("modes.sentence.some", holding, modes, modes - holding);
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", 100 * share);
    }
}
