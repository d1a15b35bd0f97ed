package ganexplorer.train;

import ganexplorer.model.GradientPenalty;
import ganexplorer.model.Network;
import ganexplorer.model.PenaltyValue;
import ganexplorer.objective.LossGradient;
import ganexplorer.objective.Objective;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

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

    /**
     * What one critic evaluation measured: loss (penalties included), the penalties' sum (gradient penalty, R1, R2),
     * mean D(real), mean D(fake) and the mean |grad_x D| at the gradient penalty's interpolates (NaN without one).
     */
    public record CriticResult(double loss, double penalty, double meanReal, double meanFake, double gradientNorm) {
    }

    /** As {@link #criticGradients(Network, INDArray, INDArray, Objective, double, double)} without R1 and R2. */
    public CriticResult criticGradients(Network d, INDArray realThenFake, INDArray interpolates, Objective objective) {
        return criticGradients(d, realThenFake, interpolates, objective, 0, 0);
    }

    /**
     * Adds the critic loss's gradient into {@code d.gradients()}. {@code realThenFake} holds the real batch in its
     * first half and the generated batch in its second, so the critic runs once over both. {@code interpolates} are
     * the points for the gradient penalty, or null when the objective has none. {@code r1} and {@code r2} are the
     * gammas of (gamma/2) mean |grad_x D|^2 on the real half and on the generated half (0 for none): on any
     * objective, through the same double backprop as the gradient penalty.
     */
    public CriticResult criticGradients(Network d, INDArray realThenFake, INDArray interpolates, Objective objective,
                                        double r1, double r2) {
        Scored scored = backThroughLoss(d, realThenFake, objective, true);
        LossGradient lg = scored.loss();
        double penalty = 0;
        double norm = Double.NaN;
        for (PenaltyTerm term : penaltyTerms(realThenFake, interpolates, objective, r1, r2)) {
            PenaltyValue pv = d.addGradientPenalty(term.points(), term.penalty());
            penalty += pv.penalty();
            if (term.interpolated()) {
                norm = pv.meanGradientNorm();
            }
        }
        return new CriticResult(lg.value() + penalty, penalty, mean(scored.real()), mean(scored.fake()), norm);
    }

    /**
     * The critic loss's gradient at each hidden layer's activations ({@link Network#hiddenGradientNorms}), penalties
     * left out, on real and generated points laid out as {@link #criticGradients}'s; the critic's own gradients are
     * not touched.
     */
    public double[] hiddenGradientNorms(Network d, INDArray realThenFake, Objective objective) {
        backThroughLoss(d, realThenFake, objective, false);
        return d.hiddenGradientNorms((int) realThenFake.rows());
    }

    /** The critic's outputs on the real half and the generated half, and the objective's loss of them. */
    private record Scored(LossGradient loss, double[] real, double[] fake) {
    }

    /**
     * The critic on both halves, then dLoss/d(output) carried back through it: into its gradients when
     * {@code accumulate}, else only as far as every layer's input (what the gradient profile reads).
     */
    private Scored backThroughLoss(Network d, INDArray realThenFake, Objective objective, boolean accumulate) {
        double[] out = d.forward(realThenFake).data().asDouble();
        int half = out.length / 2;
        double[] r = Arrays.copyOfRange(out, 0, half);
        double[] f = Arrays.copyOfRange(out, half, out.length);
        LossGradient lg = objective.criticLoss(r, f);
        double[] grad = new double[out.length];
        System.arraycopy(lg.onReal(), 0, grad, 0, half);
        System.arraycopy(lg.onFake(), 0, grad, half, out.length - half);
        d.backward(outputGradient(grad), accumulate, !accumulate);
        return new Scored(lg, r, f);
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
        return criticLossValue(d, realThenFake, interpolates, objective, 0, 0);
    }

    /** The value whose gradient {@link #criticGradients(Network, INDArray, INDArray, Objective, double, double)} adds. */
    public double criticLossValue(Network d, INDArray realThenFake, INDArray interpolates, Objective objective,
                                  double r1, double r2) {
        double[] out = d.forward(realThenFake).data().asDouble();
        int half = out.length / 2;
        double value = objective.criticLoss(Arrays.copyOfRange(out, 0, half), Arrays.copyOfRange(out, half, out.length)).value();
        for (PenaltyTerm term : penaltyTerms(realThenFake, interpolates, objective, r1, r2)) {
            value += penaltyValue(d, term.points(), term.penalty());
        }
        return value;
    }

    public double generatorLossValue(Network g, Network d, INDArray latent, Objective objective) {
        double[] f = d.forward(g.forward(latent)).data().asDouble();
        return objective.generatorLoss(f).value();
    }

    /** One penalty at its points; {@code interpolated} marks the gradient penalty's (its norm is reported). */
    private record PenaltyTerm(INDArray points, GradientPenalty penalty, boolean interpolated) {
    }

    /** The objective's gradient penalty at the interpolates, R1 at the real half, R2 at the generated half. */
    private static List<PenaltyTerm> penaltyTerms(INDArray realThenFake, INDArray interpolates, Objective objective,
                                                  double r1, double r2) {
        List<PenaltyTerm> terms = new ArrayList<>(3);
        if (interpolates != null && objective.gradientPenalty() > 0) {
            terms.add(new PenaltyTerm(interpolates, GradientPenalty.wganGp(objective.gradientPenalty()), true));
        }
        long half = realThenFake.rows() / 2;
        if (r1 > 0) {
            terms.add(new PenaltyTerm(rows(realThenFake, 0, half), GradientPenalty.squaredNorm(r1), false));
        }
        if (r2 > 0) {
            terms.add(new PenaltyTerm(rows(realThenFake, half, 2 * half), GradientPenalty.squaredNorm(r2), false));
        }
        return terms;
    }

    /** Rows [from, to) of a row-major matrix, as a view. */
    private static INDArray rows(INDArray x, long from, long to) {
        return x.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
    }

    /** The penalty by itself; computing it adds its gradient to d's gradients, which are restored here. */
    private static double penaltyValue(Network d, INDArray x, GradientPenalty penalty) {
        INDArray saved = d.gradients().dup();
        double value = d.addGradientPenalty(x, penalty).penalty();
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
