package ganexplorer.ui.field;

/** Every word the (theta, psi) view shows, in one place (for the resource bundle). */
final class FieldText {
    static final String TAB = "Game plane (θ, ψ)";
    static final String THETA_AXIS = "θ: where G puts its point";
    static final String PSI_AXIS = "ψ: the critic's slope";
    /** The objective, the update scheme, the two learning rates. */
    static final String TITLE = "Dirac GAN: %s, %s updates";
    static final String ARROWS_SGD = "arrows: where one iteration moves the point from there (SGD)";
    static final String ARROWS_GRADIENT = "arrows: −gradient of each player's loss (the optimizer rescales steps)";
    static final String PATH = "path so far";
    /** theta, psi now. */
    static final String NOW = "now: θ = %s, ψ = %s";
    static final String EQUILIBRIUM = "equilibrium: G on the data, critic flat";
    /** theta, psi, the view's half width. */
    static final String LEFT_VIEW = "The point left the view: θ = %s, ψ = %s (the view spans ±%s).";
    static final String ALTERNATING = "alternating";
    static final String SIMULTANEOUS = "simultaneous";
    static final String HELP = "Each arrow starts at a point of the (θ, ψ) plane and shows, scaled, which way the "
            + "running objective and update scheme move the players from there (longer: faster). The line is where "
            + "they have been; the point is where they are.";

    private FieldText() {
    }
}
