package ganexplorer.ui.charts;

/** The tooltips of the charts and their controls: what each quantity is and why it is worth watching. */
final class ChartHelp {
    static final String LOSSES = "Losses: the critic's (D) loss and the generator's loss on each step, under the "
            + "objective training now. Their size depends on the objective, so they say little about sample quality "
            + "by themselves; watch the balance between them. A critic loss pinned at its best value while the "
            + "generator's keeps climbing means the critic is winning and the generator learns little. Under the "
            + "Wasserstein objectives the critic's loss is negative.";
    static final String WASSERSTEIN = "How far the generated samples are from the data. critic estimate: mean "
            + "D(real) − mean D(fake), the distance as the critic sees it (a Wasserstein estimate only under the WGAN "
            + "objectives; it can be negative). exact W1 (points) or sliced W in a classifier's feature space "
            + "(images): measured on an evaluation sample without the critic. When the two fall together, the "
            + "critic is a measuring stick you can trust. A 1-Lipschitz critic's estimate can never exceed the exact "
            + "W1 of the same points; the chart's header says on how many rows it did.";
    static final String GRADIENTS = "Gradient norms: the size (L2 norm) of each network's parameter gradient on the "
            + "step. Near zero, that network has stopped learning (a vanishing gradient, as with minimax BCE once the "
            + "critic wins). Large or spiking, its updates are unstable: a lower learning rate, weight clipping or a "
            + "gradient penalty tames them.";
    static final String COVERAGE = "Coverage: the share of the data's modes (points) or classes (images) that the "
            + "generated sample reaches, which drops when the generator collapses onto a few of them; and the share "
            + "of generated samples that are good (near a mode, or classified with p ≥ 0.9). A high share with low "
            + "coverage is mode collapse; high coverage with a low share is samples spread between the modes.";
    static final String LOG_SCALE = "Draws the y axes on a log scale, so a quantity falling from 10 to 0.01 stays "
            + "readable. A line with values ≤ 0 (a Wasserstein critic's loss, the critic's estimate, a coverage of 0) "
            + "has no place on a log axis: each chart leaves such lines out and names them.";
    static final String WINDOW = "Which steps the charts show: all of them, or only the newest 1,000 or 10,000, "
            + "following training. Choosing one also resets any zoom.";
    static final String STEPS = "The x axis of all four charts: the training step, the number of generator updates so "
            + "far (each comes after the critic's updates). The charts share it, so a step sits at the same place on "
            + "each of them.";
    static final String RESET_ZOOM = "Drag a rectangle on a chart to zoom into it; a zoomed chart stays where you "
            + "put it while training adds steps. This button returns every chart to the chosen steps with the y "
            + "axis fitted to the data. A new experiment resets the zoom as well.";

    private ChartHelp() {
    }
}
