package ganexplorer.train;

import ganexplorer.objective.LossGradient;
import ganexplorer.objective.Objective;

/**
 * The Dirac GAN's losses and their gradients in closed form (Mescheder et al. 2018, section 2): data a point mass at
 * a, G a point mass at theta, D(x) = psi x. The critic sees r = psi a and f = psi theta, so by the chain rule
 * dL_D/dpsi = a dL_D/dr + theta dL_D/df and dL_G/dtheta = psi dL_G/df, with dL/dr and dL/df each objective's own.
 * grad_x D = psi everywhere, so the penalties are closed form too: WGAN-GP's lambda (|psi| - 1)^2 (whatever the
 * interpolate), R1's and R2's (gamma / 2) psi^2.
 */
final class DiracGame {
    private DiracGame() {
    }

    /** The critic's loss (penalties included), the penalties alone and dL_D/dpsi. */
    record CriticGradient(double loss, double penalty, double dPsi, double meanReal, double meanFake) {
    }

    /** The generator's loss and dL_G/dtheta. */
    record GeneratorGradient(double loss, double dTheta) {
    }

    static CriticGradient critic(Objective objective, double dataPoint, double theta, double psi, double r1, double r2) {
        double r = psi * dataPoint;
        double f = psi * theta;
        LossGradient lg = objective.criticLoss(new double[] {r}, new double[] {f});
        double dPsi = dataPoint * lg.onReal()[0] + theta * lg.onFake()[0];
        double lambda = objective.gradientPenalty();
        double gap = Math.abs(psi) - 1;
        // at psi = 0 the subgradient 0 is used, as the network penalty does at a zero input gradient
        double penalty = lambda * gap * gap + (r1 + r2) / 2 * psi * psi;
        dPsi += 2 * lambda * gap * Math.signum(psi) + (r1 + r2) * psi;
        return new CriticGradient(lg.value() + penalty, penalty, dPsi, r, f);
    }

    static GeneratorGradient generator(Objective objective, double theta, double psi) {
        LossGradient lg = objective.generatorLoss(new double[] {psi * theta});
        return new GeneratorGradient(lg.value(), psi * lg.onFake()[0]);
    }

    /**
     * The field the players follow at (theta, psi), -(dL_G/dtheta, dL_D/dpsi): the direction of steepest descent of
     * each player's own loss, for drawing when the optimizer is not plain SGD (its steps then depend on its state).
     */
    static double[] field(Objective objective, double dataPoint, double theta, double psi, double r1, double r2) {
        return new double[] {-generator(objective, theta, psi).dTheta(),
            -critic(objective, dataPoint, theta, psi, r1, r2).dPsi()};
    }

    /**
     * Where one iteration of plain SGD moves (theta, psi) under the update scheme, as (delta theta, delta psi): the
     * critic's steps (each clipped under weight clipping), then G's against the updated critic (alternating), or the
     * last critic step and G's from the same point (simultaneous), as {@link DiracSession#iterate} does them.
     */
    static double[] sgdMove(Objective objective, double dataPoint, double theta, double psi, Hyperparameters h) {
        double rateTheta = h.generatorOptimizer().learningRate();
        double ratePsi = h.criticOptimizer().learningRate();
        boolean together = h.updates() == UpdateScheme.SIMULTANEOUS;
        double p = psi;
        for (int k = together ? 1 : 0; k < h.criticSteps(); k++) {
            p = clipped(objective, p - ratePsi * critic(objective, dataPoint, theta, p, h.r1(), h.r2()).dPsi());
        }
        double t = theta - rateTheta * generator(objective, theta, p).dTheta();
        if (together) {
            p = clipped(objective, p - ratePsi * critic(objective, dataPoint, theta, p, h.r1(), h.r2()).dPsi());
        }
        return new double[] {t - theta, p - psi};
    }

    private static double clipped(Objective objective, double psi) {
        double clip = objective.weightClip();
        return clip > 0 ? Math.max(-clip, Math.min(clip, psi)) : psi;
    }
}
