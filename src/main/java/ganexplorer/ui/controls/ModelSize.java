package ganexplorer.ui.controls;

import ganexplorer.model.GanArchitecture;
import java.util.List;

/** The model sizes the app offers for 2-D data; medium is the PyTorch reference model. */
public enum ModelSize {
    SMALL("small: 2 × 64", List.of(64, 64)),
    MEDIUM("medium: 2 × 128", List.of(128, 128)),
    LARGE("large: 3 × 256", List.of(256, 256, 256));

    private final String label;
    private final List<Integer> hidden;

    ModelSize(String label, List<Integer> hidden) {
        this.label = label;
        this.hidden = hidden;
    }

    public GanArchitecture applyTo(GanArchitecture a) {
        return new GanArchitecture(a.latentSize(), a.prior(), hidden, hidden, a.generatorActivation(), a.criticActivation());
    }

    /** The size whose widths the architecture's generator has, or null for a custom one. */
    public static ModelSize of(GanArchitecture a) {
        for (ModelSize m : values()) {
            if (m.hidden.equals(a.generatorHidden()) && m.hidden.equals(a.criticHidden())) {
                return m;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
