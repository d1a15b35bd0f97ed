package ganexplorer.ui.controls;

import ganexplorer.ui.Texts;
import ganexplorer.data.ImageData;
import ganexplorer.data.TrainingData;
import ganexplorer.model.Dcgan;
import ganexplorer.model.GanArchitecture;
import ganexplorer.model.MlpGan;
import java.util.List;

/**
 * The models the app offers: three MLP sizes (medium is the PyTorch reference model) and DCGAN for images, plain or
 * conditioned on the images' labels.
 */
public enum ModelSize {
    SMALL("model.small", List.of(64, 64)),
    MEDIUM("model.medium", List.of(128, 128)),
    LARGE("model.large", List.of(256, 256, 256)),
    DCGAN("model.dcgan", List.of()),
    CONDITIONAL_DCGAN("model.conditionalDcgan", List.of()); // fits the box at 1280 x 720

    /** The key of its label in the ui bundle. */
    private final String label;
    private final List<Integer> hidden;

    ModelSize(String label, List<Integer> hidden) {
        this.label = label;
        this.hidden = hidden;
    }

    /**
     * This model for {@code data} in place of {@code a}, keeping its latent size, prior and width where the kind
     * stays. A conditional DCGAN takes as many classes as the images' labels name (on data without labels the run
     * says so when it starts).
     */
    public GanArchitecture applyTo(GanArchitecture a, TrainingData data) {
        boolean images = data instanceof ImageData;
        if (this == DCGAN || this == CONDITIONAL_DCGAN) {
            int classes = data instanceof ImageData labelled ? labelled.labelClasses() : 0;
            Dcgan d = a instanceof Dcgan dcgan ? dcgan : Dcgan.REFERENCE;
            int wanted = this == DCGAN ? 0 : classes >= 2 ? classes : Dcgan.DIGIT_CLASSES;
            return new Dcgan(d.latentSize(), d.prior(), d.width(), wanted);
        }
        MlpGan mlp = a instanceof MlpGan m ? m : images ? GanArchitecture.IMAGE_MLP : GanArchitecture.TOY_DEFAULT;
        return mlp.withHidden(hidden);
    }

    /** The entry for an architecture, or null for a custom MLP. */
    public static ModelSize of(GanArchitecture a) {
        if (a instanceof Dcgan d) {
            return d.conditional() ? CONDITIONAL_DCGAN : DCGAN;
        }
        if (!(a instanceof MlpGan mlp)) {
            return null; // the Dirac GAN: none of the box's models
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
        return Texts.get(label);
    }
}
