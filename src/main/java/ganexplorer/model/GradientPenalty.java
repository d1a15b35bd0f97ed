package ganexplorer.model;

/**
 * A penalty on the critic's input gradient at given points, weight * mean_i (|grad_x D(x_i)|_2 - target)^2, with its
 * exact weight gradient by double backprop. WGAN-GP's is (lambda, 1) at interpolates; Mescheder et al.'s R1 and R2
 * are (gamma / 2, 0) at real and at generated samples, the same machinery with another target.
 */
public record GradientPenalty(double weight, double target) {
    public GradientPenalty {
        if (!(weight >= 0) || !Double.isFinite(weight) || !(target >= 0) || !Double.isFinite(target)) {
            throw new IllegalArgumentException("a gradient penalty needs a finite weight and target, both at least 0, got "
                    + weight + " and " + target);
        }
    }

    /** WGAN-GP: lambda * mean((|grad| - 1)^2). */
    public static GradientPenalty wganGp(double lambda) {
        return new GradientPenalty(lambda, 1);
    }

    /** R1 or R2: (gamma / 2) * mean(|grad|^2). */
    public static GradientPenalty squaredNorm(double gamma) {
        return new GradientPenalty(gamma / 2, 0);
    }

    /** One sample's term before weighting and averaging: (|u| - target)^2. */
    double term(double norm) {
        return (norm - target) * (norm - target);
    }

    /**
     * d(penalty)/du for one of {@code rows} samples is this factor times u: weight * 2 (|u| - target) / (|u| rows).
     * With target 0 that is 2 weight / rows everywhere (|u|^2 is smooth); otherwise the subgradient 0 at |u| = 0.
     */
    double inputGradientScale(double norm, int rows) {
        if (target == 0) {
            return weight * 2 / rows;
        }
        return norm > 0 ? weight * 2 * (norm - target) / (norm * rows) : 0;
    }
}
