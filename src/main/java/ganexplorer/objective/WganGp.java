package ganexplorer.objective;

/**
 * WGAN with gradient penalty: lambda * mean((|grad_x D(x-hat)|_2 - 1)^2) on random interpolates of real and
 * generated samples is added to the critic loss; the trainer computes it exactly through the critic network.
 */
public record WganGp(double lambda) implements Objective {
    public static final double DEFAULT_LAMBDA = 10;

    public WganGp {
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda must be a finite non-negative number (the paper uses 10), got " + lambda);
        }
    }

    @Override
    public String id() {
        return "wgan-gp";
    }

    @Override
    public LossGradient criticLoss(double[] r, double[] f) {
        return WassersteinLoss.critic(r, f);
    }

    @Override
    public LossGradient generatorLoss(double[] f) {
        return WassersteinLoss.generator(f);
    }

    @Override
    public OptimizerSpec defaultOptimizer() {
        return new OptimizerSpec.Adam(1e-4, 0.0, 0.9);
    }

    @Override
    public int defaultCriticSteps() {
        return 5;
    }

    @Override
    public boolean estimatesWasserstein() {
        return true;
    }

    @Override
    public double gradientPenalty() {
        return lambda;
    }
}
