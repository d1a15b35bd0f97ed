package ganexplorer.model;

import java.util.List;

/**
 * The generator and critic shapes for 2-D data: latent size and prior, hidden widths and activations. The critic
 * always ends in one linear unit, so every objective runs on the same networks and a swap keeps the weights.
 */
public record GanArchitecture(int latentSize, Prior prior, List<Integer> generatorHidden, List<Integer> criticHidden,
                              Activation generatorActivation, Activation criticActivation) {
    /** The reference model of the PyTorch scripts: z 2, G 128-128 ReLU, D 128-128 LeakyReLU(0.2). */
    public static final GanArchitecture TOY_DEFAULT = new GanArchitecture(2, Prior.NORMAL, List.of(128, 128),
            List.of(128, 128), Activation.RELU, Activation.LEAKY_RELU);

    public GanArchitecture {
        generatorHidden = List.copyOf(generatorHidden);
        criticHidden = List.copyOf(criticHidden);
        if (latentSize < 1 || latentSize > 1024) {
            throw new IllegalArgumentException("latent size must be between 1 and 1024, got " + latentSize);
        }
        new MlpSpec(latentSize, toArray(generatorHidden), 1, generatorActivation, Activation.IDENTITY); // validates widths
        new MlpSpec(1, toArray(criticHidden), 1, criticActivation, Activation.IDENTITY);
    }

    public MlpSpec generatorSpec(int dataDimension) {
        return new MlpSpec(latentSize, toArray(generatorHidden), dataDimension, generatorActivation, Activation.IDENTITY);
    }

    public MlpSpec criticSpec(int dataDimension) {
        return new MlpSpec(dataDimension, toArray(criticHidden), 1, criticActivation, Activation.IDENTITY);
    }

    private static int[] toArray(List<Integer> widths) {
        return widths.stream().mapToInt(Integer::intValue).toArray();
    }
}
