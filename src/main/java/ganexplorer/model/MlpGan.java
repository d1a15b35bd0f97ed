package ganexplorer.model;

import ganexplorer.data.ImageShape;
import java.util.List;

/**
 * The MLP GAN: latent size and prior, hidden widths and activations. The critic
 * always ends in one linear unit, so every objective runs on the same networks and a swap keeps the weights.
 */
public record MlpGan(int latentSize, Prior prior, List<Integer> generatorHidden, List<Integer> criticHidden,
                     Activation generatorActivation, Activation criticActivation) implements GanArchitecture {
    public MlpGan {
        generatorHidden = List.copyOf(generatorHidden);
        criticHidden = List.copyOf(criticHidden);
        GanArchitecture.checkLatentSize(latentSize);
        new MlpSpec(latentSize, toArray(generatorHidden), 1, generatorActivation, Activation.IDENTITY); // validates widths
        new MlpSpec(1, toArray(criticHidden), 1, criticActivation, Activation.IDENTITY);
    }

    /** G for 2-D points: a linear output, the plane is unbounded. */
    public MlpSpec generatorSpec(int dataDimension) {
        return generatorSpec(dataDimension, Activation.IDENTITY);
    }

    /** G with the output its data needs: tanh for images scaled to [-1, 1]. */
    public MlpSpec generatorSpec(int dataDimension, Activation output) {
        return new MlpSpec(latentSize, toArray(generatorHidden), dataDimension, generatorActivation, output);
    }

    @Override
    public MlpSpec generatorSpec(int dataDimension, ImageShape image) {
        return generatorSpec(dataDimension, image != null ? Activation.TANH : Activation.IDENTITY);
    }

    public MlpSpec criticSpec(int dataDimension) {
        return new MlpSpec(dataDimension, toArray(criticHidden), 1, criticActivation, Activation.IDENTITY);
    }

    @Override
    public MlpSpec criticSpec(int dataDimension, ImageShape image) {
        return criticSpec(dataDimension);
    }

    /** The same MLP with other hidden widths (the app's model sizes). */
    public MlpGan withHidden(List<Integer> widths) {
        return new MlpGan(latentSize, prior, widths, widths, generatorActivation, criticActivation);
    }

    @Override
    public String describe() {
        return "MLP " + generatorHidden + ", z " + latentSize;
    }

    private static int[] toArray(List<Integer> widths) {
        return widths.stream().mapToInt(Integer::intValue).toArray();
    }
}
