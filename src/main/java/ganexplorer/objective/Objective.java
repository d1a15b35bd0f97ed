package ganexplorer.objective;

import java.util.List;

/**
 * A GAN objective as the losses of the critic's raw (linear) outputs r = D(x_real) and f = D(G(z)), so every
 * objective uses the same networks and can be swapped while training keeps the weights. The table in DESIGN.md is
 * the specification; log sigma is always computed through the stable softplus.
 */
public sealed interface Objective permits BceMinimax, BceNonSaturating, LeastSquares, WganClip, WganGp, Hinge {

    /** Names as a user types them, in the order of the app's 1-6 keys. */
    List<String> IDS = List.of("bce-minimax", "bce", "least-squares", "wgan-clip", "wgan-gp", "hinge");

    String id();

    /** The critic's loss and its gradient; r and f have the same length. */
    LossGradient criticLoss(double[] r, double[] f);

    /** The generator's loss and dL/df. */
    LossGradient generatorLoss(double[] f);

    /** The optimizer the source texts use with this objective, for both networks (DCGAN's Adam unless overridden). */
    default OptimizerSpec defaultOptimizer() {
        return OptimizerSpec.ADAM_DCGAN;
    }

    /** Critic updates per generator update in the source texts. */
    default int defaultCriticSteps() {
        return 1;
    }

    /** True when mean(r) - mean(f) estimates a Wasserstein distance (WGAN, WGAN-GP). */
    default boolean estimatesWasserstein() {
        return false;
    }

    /** Absolute bound for the critic's weights after each critic update, or 0 for none. */
    default double weightClip() {
        return 0;
    }

    /** Weight of the gradient penalty, or 0 for none. */
    default double gradientPenalty() {
        return 0;
    }

    /**
     * Makes an objective by name; {@code clip} and {@code lambda} are used by wgan-clip and wgan-gp.
     *
     * @throws IllegalArgumentException naming the valid objectives when the name is unknown
     */
    static Objective of(String id, double clip, double lambda) {
        return switch (id.trim().toLowerCase()) {
            case "bce-minimax", "minimax" -> new BceMinimax();
            case "bce", "bce-ns", "non-saturating" -> new BceNonSaturating();
            case "least-squares", "lsgan", "ls" -> new LeastSquares();
            case "wgan-clip", "wgan" -> new WganClip(clip);
            case "wgan-gp" -> new WganGp(lambda);
            case "hinge" -> new Hinge();
            default -> throw new IllegalArgumentException(
                    "unknown objective '" + id + "'; choose one of " + String.join(", ", IDS));
        };
    }
}
