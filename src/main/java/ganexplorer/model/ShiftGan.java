package ganexplorer.model;

import ganexplorer.data.ImageShape;
import ganexplorer.data.Lines;
import ganexplorer.data.TrainingData;
import java.util.List;

/**
 * The WGAN paper's Example 1 as a model: G draws the data's segment shifted to x = theta (one parameter,
 * {@link ShiftSpec}), the critic is an MLP on the plane. Real and generated supports are disjoint until theta = 0,
 * which is the point: under BCE the critic separates them perfectly and G's gradient vanishes, while the Wasserstein
 * critic's slope still points G home.
 *
 * @param theta0 G's start (2 unless given)
 */
public record ShiftGan(double theta0, List<Integer> criticHidden, Activation criticActivation) implements GanArchitecture {
    /** The paper's picture, theta0 = 2, with the toy MLP's critic. */
    public static final ShiftGan PAPER = new ShiftGan(2, List.of(128, 128), Activation.LEAKY_RELU);

    public ShiftGan {
        criticHidden = List.copyOf(criticHidden);
        new ShiftSpec(theta0); // validates theta0
        criticSpecOf(criticHidden, criticActivation); // validates the widths
    }

    /** One latent value: the height on the segment. */
    @Override
    public int latentSize() {
        return 1;
    }

    @Override
    public Prior prior() {
        return Prior.UNIFORM;
    }

    @Override
    public ShiftSpec generatorSpec(int dataDimension, ImageShape image) {
        return new ShiftSpec(theta0);
    }

    @Override
    public MlpSpec criticSpec(int dataDimension, ImageShape image) {
        return criticSpecOf(criticHidden, criticActivation);
    }

    @Override
    public void requireFits(TrainingData data) {
        if (!(data instanceof Lines)) {
            throw new IllegalArgumentException("the shift generator draws the segment x = theta, y in [0, 1]: it learns "
                    + "the '" + Lines.NAME + "' dataset, not " + data.name() + "; give --dataset " + Lines.NAME
                    + " or choose --model mlp");
        }
    }

    public ShiftGan withTheta0(double theta) {
        return new ShiftGan(theta, criticHidden, criticActivation);
    }

    public ShiftGan withCriticHidden(List<Integer> widths) {
        return new ShiftGan(theta0, widths, criticActivation);
    }

    @Override
    public String describe() {
        return "shift G from theta " + theta0 + ", critic MLP " + criticHidden;
    }

    private static MlpSpec criticSpecOf(List<Integer> hidden, Activation activation) {
        return new MlpSpec(2, hidden.stream().mapToInt(Integer::intValue).toArray(), 1, activation, Activation.IDENTITY);
    }
}
