package ganexplorer.train;

import ganexplorer.model.Network;
import ganexplorer.model.PenaltyValue;
import ganexplorer.objective.LossGradient;
import ganexplorer.objective.Objective;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loss values and gradients of the two players, through the networks: the objective supplies dL/d(critic output),
 * the networks carry it back to their weights. The trainer and the gradient-check tests share this one path.
 */
public final class AdversarialLosses {
    private final Map<Integer, INDArray> outputGradients = new HashMap<>();
    private final DataType dtype;

    public AdversarialLosses(DataType dtype) {
        this.dtype = dtype;
    }

    /** What one critic evaluation measured: loss (penalty included), penalty, mean D(real) and mean D(fake). */
    public record CriticResult(double loss, double penalty, double meanReal, double meanFake, double gradientNorm) {
    }

    /**
     * Adds the critic loss's gradient into {@code d.gradients()}. {@code realThenFake} holds the real batch in its
     * first half and the generated batch in its second, so the critic runs once over both. {@code interpolates} are
     * the points for the gradient penalty, or null when the objective has none.
     */
    public CriticResult criticGradients(Network d, INDArray realThenFake, INDArray interpolates, Objective objective) {
        double[] out = d.forward(realThenFake).data().asDouble();
        int half = out.length / 2;
        double[] r = Arrays.copyOfRange(out, 0, half);
        double[] f = Arrays.copyOfRange(out, half, out.length);
        LossGradient lg = objective.criticLoss(r, f);
        int rows = out.length;
        double[] grad = new double[rows];
        System.arraycopy(lg.onReal(), 0, grad, 0, half);
        System.arraycopy(lg.onFake(), 0, grad, half, rows - half);
        d.backward(outputGradient(grad), true, false);
        PenaltyValue pv = null;
        if (interpolates != null && objective.gradientPenalty() > 0) {
            pv = d.addGradientPenalty(interpolates, objective.gradientPenalty());
        }
        double penalty = pv == null ? 0 : pv.penalty();
        double norm = pv == null ? Double.NaN : pv.meanGradientNorm();
        return new CriticResult(lg.value() + penalty, penalty, mean(r), mean(f), norm);
    }

    /**
     * Adds the generator loss's gradient into {@code g.gradients()} (the critic's weights are left alone) and returns
     * the loss. {@code latent} is [batch, latent size].
     */
    public double generatorGradients(Network g, Network d, INDArray latent, Objective objective) {
        INDArray fake = g.forward(latent);
        double[] f = d.forward(fake).data().asDouble();
        LossGradient lg = objective.generatorLoss(f);
        INDArray dFake = d.backward(outputGradient(lg.onFake()), false, true);
        g.backward(dFake, true, false);
        return lg.value();
    }

    /** Loss values only, for finite-difference checks and evaluation. */
    public double criticLossValue(Network d, INDArray realThenFake, INDArray interpolates, Objective objective) {
        double[] out = d.forward(realThenFake).data().asDouble();
        int half = out.length / 2;
        double value = objective.criticLoss(Arrays.copyOfRange(out, 0, half), Arrays.copyOfRange(out, half, out.length)).value();
        if (interpolates != null && objective.gradientPenalty() > 0) {
            value += penaltyValue(d, interpolates, objective.gradientPenalty());
        }
        return value;
    }

    public double generatorLossValue(Network g, Network d, INDArray latent, Objective objective) {
        double[] f = d.forward(g.forward(latent)).data().asDouble();
        return objective.generatorLoss(f).value();
    }

    /** The penalty by itself; computing it adds its gradient to d's gradients, which are restored here. */
    private static double penaltyValue(Network d, INDArray x, double lambda) {
        INDArray saved = d.gradients().dup();
        double value = d.addGradientPenalty(x, lambda).penalty();
        d.gradients().assign(saved);
        return value;
    }

    private INDArray outputGradient(double[] values) {
        INDArray buffer = outputGradients.computeIfAbsent(values.length, n -> Nd4j.create(dtype, n, 1));
        buffer.data().setData(values);
        return buffer;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
