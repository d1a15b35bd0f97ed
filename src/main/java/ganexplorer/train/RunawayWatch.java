package ganexplorer.train;

import java.util.Locale;

/**
 * Says once per excursion when the generated points have left the data's box by far (more than half of them, see
 * {@link FarOut}): the generator is running away, as it does when the learning rates are far too high. Ready again
 * once fewer than a tenth are out.
 */
final class RunawayWatch {
    private boolean told;

    /** The warning to give for this step's pictures, or null. */
    String check(Pictures pictures) {
        if (!(pictures instanceof PlanePictures plane)) {
            return null;
        }
        double share = FarOut.share(plane);
        if (share > 0.5 && !told) {
            told = true;
            return String.format(Locale.ROOT, "%.0f%% of the generated points are far outside the data (more than a "
                    + "box width beyond it): training is running away. Lower the learning rates (e.g. to 1e-4) or "
                    + "choose a steadier objective, then reset.", 100 * share);
        }
        if (share < 0.1) {
            told = false;
        }
        return null;
    }

    void reset() {
        told = false;
    }
}
