package ganexplorer.ui.modes;

/** Every word the modes-over-time strip shows, in one place (for the resource bundle). */
final class ModesText {
    static final String TAB = "Modes over time";
    static final String TITLE = "Modes over time";
    static final String EXPLAIN = "One row per mode of the data, one column per measured step: the darker, the larger "
            + "the share of the generated samples nearest that mode. One dark row: collapse. A dark cell that moves "
            + "between rows: hopping. Every row grey: coverage. The last row: the share outside every grey circle.";
    static final String OFF_MODES = "on no mode";
    /** A mode's centre, x and y. */
    static final String MODE = "(%s, %s)";
    static final String STEP = "step";
    static final String SCALE = "share of the generated samples:";
    static final String NO_MODES = "This data has no modes to count (the strip is for mixtures such as ring8 and "
            + "grid25).";
    static final String WAITING = "Waiting for the first measured step of this experiment…";

    private ModesText() {
    }
}
