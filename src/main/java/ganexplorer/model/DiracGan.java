package ganexplorer.model;

import ganexplorer.data.ImageShape;
import ganexplorer.data.PointMass;
import ganexplorer.data.TrainingData;

/**
 * The Dirac-GAN of Mescheder et al. (2018): G is a point mass at theta (one number), the critic is D(x) = psi * x
 * (one number), the data a point mass at 0. It has no networks: its session steps the two numbers by closed-form
 * gradients, so the players' whole state is a point of the (theta, psi) plane.
 *
 * @param theta0 where G starts (1 unless given)
 * @param psi0   the critic's starting slope (1 unless given)
 */
public record DiracGan(double theta0, double psi0) implements GanArchitecture {
    /** The paper's start, (1, 1). */
    public static final DiracGan PAPER = new DiracGan(1, 1);

    public DiracGan {
        if (!Double.isFinite(theta0) || !Double.isFinite(psi0)) {
            throw new IllegalArgumentException("the Dirac GAN's start (theta0, psi0) must be finite numbers, got ("
                    + theta0 + ", " + psi0 + ")");
        }
    }

    /** No latent: G is the point theta whatever it is fed. */
    @Override
    public int latentSize() {
        return 0;
    }

    @Override
    public Prior prior() {
        return Prior.NORMAL;
    }

    @Override
    public NetworkSpec generatorSpec(int dataDimension, ImageShape image) {
        throw noNetworks();
    }

    @Override
    public NetworkSpec criticSpec(int dataDimension, ImageShape image) {
        throw noNetworks();
    }

    @Override
    public void requireFits(TrainingData data) {
        if (!(data instanceof PointMass)) {
            throw new IllegalArgumentException("the Dirac GAN learns the point mass at 0 (dataset '" + PointMass.NAME
                    + "'), not " + data.name() + ": leave out --dataset, or choose --model mlp");
        }
    }

    @Override
    public String describe() {
        return "Dirac GAN, start (" + theta0 + ", " + psi0 + ")";
    }

    private static IllegalStateException noNetworks() {
        return new IllegalStateException("the Dirac GAN has no networks: its players are the numbers theta and psi");
    }
}
