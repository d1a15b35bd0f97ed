package ganexplorer.train;

/**
 * What one training iteration (criticSteps critic updates and one generator update) measured. Critic values are
 * from the last critic update; gradient norms are L2 norms over each network's whole gradient vector,
 * or NaN when not measured on this step.
 */
public record IterationStats(long step, double criticLoss, double generatorLoss, double criticEstimate,
                             double penalty, double criticGradNorm, double generatorGradNorm) {
    public boolean isFinite() {
        // NaN norms mean "not measured"; infinities and NaN losses mean divergence.
        return Double.isFinite(criticLoss) && Double.isFinite(generatorLoss) && Double.isFinite(criticEstimate)
                && !Double.isInfinite(criticGradNorm) && !Double.isInfinite(generatorGradNorm);
    }
}
