package ganexplorer.ui.controls;

import ganexplorer.ui.Texts;
import ganexplorer.model.GanArchitecture;

/**
 * An entry of the model box: one of the offered sizes, or the running experiment's own architecture when it is none
 * of them (a preset's custom MLP), so the box always names what trains.
 */
public record ModelChoice(String label, ModelSize size) {
    public static ModelChoice of(ModelSize size) {
        return new ModelChoice(size.toString(), size);
    }

    /** The entry for a running architecture: its size, or a custom entry describing it. */
    public static ModelChoice running(GanArchitecture a) {
        if (a instanceof ganexplorer.model.DiracGan) {
            return new ModelChoice("Dirac GAN", null); // two numbers, no network; its start shows on its plane
        }
        if (a instanceof ganexplorer.model.ShiftGan) {
            return new ModelChoice(Texts.get("controls.model.shift"), null); // theta's start shows on the plane
        }
        ModelSize size = ModelSize.of(a);
        return size != null ? of(size) : new ModelChoice(Texts.format("controls.model.custom", a.describe()), null);
    }

    public boolean custom() {
        return size == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
