package ganexplorer.ui.controls;

import ganexplorer.model.GanArchitecture;
import ganexplorer.model.MlpGan;
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

    /** The MLP with these widths; DCGAN keeps its own shape. */
    public GanArchitecture applyTo(GanArchitecture a) {
        return a instanceof MlpGan mlp ? mlp.withHidden(hidden) : a;
    }

    /** The size whose widths the architecture's generator has, or null for a custom one. */
    public static ModelSize of(GanArchitecture a) {
        if (!(a instanceof MlpGan mlp)) {
            return null;
        }
        for (ModelSize m : values()) {
            if (m.hidden.equals(mlp.generatorHidden()) && m.hidden.equals(mlp.criticHidden())) {
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
