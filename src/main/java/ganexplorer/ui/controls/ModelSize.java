package ganexplorer.ui.controls;

import ganexplorer.model.Dcgan;
import ganexplorer.model.GanArchitecture;
import ganexplorer.model.MlpGan;
import java.util.List;

/** The models the app offers: three MLP sizes (medium is the PyTorch reference model) and DCGAN for images. */
public enum ModelSize {
    SMALL("MLP small: 2 × 64", List.of(64, 64)),
    MEDIUM("MLP medium: 2 × 128", List.of(128, 128)),
    LARGE("MLP large: 3 × 256", List.of(256, 256, 256)),
    DCGAN("DCGAN (images)", List.of());

    private final String label;
    private final List<Integer> hidden;

    ModelSize(String label, List<Integer> hidden) {
        this.label = label;
        this.hidden = hidden;
    }

    /** This model in place of {@code a}, keeping its latent size and prior where the kind stays. */
    public GanArchitecture applyTo(GanArchitecture a, boolean images) {
        if (this == DCGAN) {
            return a instanceof Dcgan ? a : Dcgan.REFERENCE;
        }
        MlpGan mlp = a instanceof MlpGan m ? m : images ? GanArchitecture.IMAGE_MLP : GanArchitecture.TOY_DEFAULT;
        return mlp.withHidden(hidden);
    }

    /** The entry for an architecture, or null for a custom MLP. */
    public static ModelSize of(GanArchitecture a) {
        if (a instanceof Dcgan) {
            return DCGAN;
        }
        MlpGan mlp = (MlpGan) a;
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
