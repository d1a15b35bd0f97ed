package ganexplorer.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import ganexplorer.data.ImageShape;
import java.util.List;

/**
 * The generator and critic of an experiment: the MLP GAN (points and images) or DCGAN (images). The critic always
 * ends in one linear unit, so every objective runs on the same networks and a swap keeps the weights.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind", defaultImpl = MlpGan.class)
@JsonSubTypes({@JsonSubTypes.Type(value = MlpGan.class, name = "mlp"), @JsonSubTypes.Type(value = Dcgan.class, name = "dcgan")})
public sealed interface GanArchitecture permits MlpGan, Dcgan {
    /** The reference model of the PyTorch scripts: z 2, G 128-128 ReLU, D 128-128 LeakyReLU(0.2). */
    MlpGan TOY_DEFAULT = new MlpGan(2, Prior.NORMAL, List.of(128, 128), List.of(128, 128), Activation.RELU,
            Activation.LEAKY_RELU);

    /** The texts' image MLP GAN: z 100, G and D 128-128 LeakyReLU(0.2); G ends in tanh (images in [-1, 1]). */
    MlpGan IMAGE_MLP = new MlpGan(100, Prior.NORMAL, List.of(128, 128), List.of(128, 128), Activation.LEAKY_RELU,
            Activation.LEAKY_RELU);

    int latentSize();

    /** The latent sizes every architecture accepts: 1 to 1024. */
    static void checkLatentSize(int latentSize) {
        if (latentSize < 1 || latentSize > 1024) {
            throw new IllegalArgumentException("latent size must be between 1 and 1024, got " + latentSize);
        }
    }

    Prior prior();

    /** G for data of this many values per sample; {@code image} is its shape, or null for 2-D points. */
    NetworkSpec generatorSpec(int dataDimension, ImageShape image);

    NetworkSpec criticSpec(int dataDimension, ImageShape image);

    /** A few words for status lines and run logs. */
    String describe();
}
