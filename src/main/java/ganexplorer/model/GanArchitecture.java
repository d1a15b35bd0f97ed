package ganexplorer.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import ganexplorer.data.ImageData;
import ganexplorer.data.ImageShape;
import ganexplorer.data.PointMass;
import ganexplorer.data.TrainingData;
import java.util.List;

/**
 * The generator and critic of an experiment: the MLP GAN (points and images), DCGAN (images), the Dirac GAN (two
 * numbers on a point mass, no networks) or the shift GAN (one number against an MLP critic, on two segments). The
 * critic always ends in one linear unit, so every objective runs on the same players and a swap keeps the weights.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind", defaultImpl = MlpGan.class)
@JsonSubTypes({@JsonSubTypes.Type(value = MlpGan.class, name = "mlp"), @JsonSubTypes.Type(value = Dcgan.class, name = "dcgan"),
        @JsonSubTypes.Type(value = DiracGan.class, name = "dirac"), @JsonSubTypes.Type(value = ShiftGan.class, name = "shift")})
public sealed interface GanArchitecture permits MlpGan, Dcgan, DiracGan, ShiftGan {
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

    /** Refuses data this model cannot learn, saying what to do; the networks' shapes are checked on the way. */
    default void requireFits(TrainingData data) {
        if (data instanceof PointMass) {
            throw new IllegalArgumentException("the '" + PointMass.NAME + "' point mass is the Dirac GAN's data: "
                    + "choose --model dirac, or another dataset");
        }
        ImageShape image = data instanceof ImageData images ? images.shape() : null;
        generatorSpec(data.dimension(), image);
        criticSpec(data.dimension(), image);
    }

    /** A few words for status lines and run logs. */
    String describe();

    /**
     * Whether its networks convolve: only convolutions split their per-sample work across threads
     * ({@link SampleParallelism}), so only such a model trains faster with more of them.
     */
    default boolean convolutional() {
        return false;
    }
}
