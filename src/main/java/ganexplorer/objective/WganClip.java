package ganexplorer.objective;

/** WGAN with weight clipping: the critic's weights are clipped to +-clip after every critic update. */
public record WganClip(double clip) implements Objective {
    public static final double DEFAULT_CLIP = 0.01;

    public WganClip {
        if (!(clip > 0) || !Double.isFinite(clip)) {
            throw new IllegalArgumentException("the clip value must be a positive number (the paper uses 0.01), got " + clip);
        }
    }

    @Override
    public String id() {
        return "wgan-clip";
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
        return new OptimizerSpec.RmsProp(5e-5);
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
    public double weightClip() {
        return clip;
    }
}
