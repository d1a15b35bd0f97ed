package ganexplorer.train;

import ganexplorer.data.Bounds;
import ganexplorer.data.ToyDistribution;
import ganexplorer.model.Network;
import ganexplorer.model.Prior;
import ganexplorer.objective.Objective;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The toy plane's pictures of a 2-D GAN, drawn through its own networks on the trainer's thread: the critic's heat
 * map, the generator's manifold and the push arrows. Separate from {@link GanSession} because none of it trains.
 */
final class PlaneViews {
    static final int MANIFOLD_SIDE = 21;
    private static final int PUSH_POINTS = 150;

    private final Network generator;
    private final Network critic;
    private final Prior prior;
    private final int latentSize;

    PlaneViews(Network generator, Network critic, Prior prior, int latentSize) {
        this.generator = generator;
        this.critic = critic;
        this.prior = prior;
        this.latentSize = latentSize;
    }

    /**
     * The plane around {@code sample}: heat map at {@code res} (0: none), and when interactive G's manifold (when
     * {@code drawGenerator}: not when the fakes are no network's) and its push arrows (when {@code generatorMoves}:
     * arrows would say the fakes move where a frozen or fixed G never does).
     */
    PlanePictures pictures(EvaluationSample sample, ToyDistribution toy, int res, boolean interactive,
                           boolean drawGenerator, boolean generatorMoves, Objective objective) {
        float[] heatmap = res > 0 ? criticHeatmap(toy.bounds(), res) : null;
        float[] manifold = interactive && drawGenerator ? manifold(MANIFOLD_SIDE) : null;
        float[] fake = sample.fake();
        float[] push = interactive && generatorMoves ? generatorPush(Arrays.copyOf(fake, Math.min(fake.length, 2 * PUSH_POINTS)), objective)
                : null;
        return new PlanePictures(sample.real(), fake, toy.bounds(), toy.modes(), heatmap, res, manifold, MANIFOLD_SIDE,
                push);
    }

    /** The critic's raw output on a res x res grid over {@code bounds}, row by row from the bottom (min y). */
    private float[] criticHeatmap(Bounds bounds, int res) {
        float[] grid = new float[res * res * 2];
        for (int j = 0; j < res; j++) {
            for (int i = 0; i < res; i++) {
                int k = j * res + i;
                grid[2 * k] = (float) (bounds.minX() + (i + 0.5) * bounds.width() / res);
                grid[2 * k + 1] = (float) (bounds.minY() + (j + 0.5) * bounds.height() / res);
            }
        }
        return critic.forward(Nd4j.create(grid, new long[] {(long) res * res, 2}, 'c')).data().asFloat();
    }

    /**
     * The generator's manifold: G applied to a side x side grid over the first two latent dimensions (the others
     * zero), spanning +-2 for a normal prior and +-1 for a uniform one. Interleaved x, y, row by row.
     */
    float[] manifold(int side) {
        double span = prior == Prior.NORMAL ? 2 : 1;
        float[] latent = new float[side * side * latentSize];
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                int k = (j * side + i) * latentSize;
                latent[k] = (float) (-span + 2 * span * i / (side - 1));
                if (latentSize > 1) {
                    latent[k + 1] = (float) (-span + 2 * span * j / (side - 1));
                }
            }
        }
        return generator.infer(Nd4j.create(latent, new long[] {(long) side * side, latentSize}, 'c')).data().asFloat();
    }

    /**
     * Which way the generator's loss pushes each of the given generated points: -dL_G/dx per point, interleaved
     * x, y (the arrows of the toy plane).
     */
    private float[] generatorPush(float[] points, Objective objective) {
        int n = points.length / 2;
        INDArray x = Nd4j.create(points, new long[] {n, 2}, 'c');
        double[] f = critic.forward(x).data().asDouble();
        double[] df = objective.generatorLoss(f).onFake();
        double[] push = new double[n];
        for (int i = 0; i < n; i++) {
            push[i] = -df[i] * n; // undo the batch mean so arrows do not shrink with n
        }
        INDArray dOut = Nd4j.create(push, new long[] {n, 1}, DataType.FLOAT);
        return critic.backward(dOut, false, true).data().asFloat();
    }
}
