package ganexplorer.model;

/** A gradient penalty's value (its weight included) and the batch mean of |grad_x D| at its points. */
public record PenaltyValue(double penalty, double meanGradientNorm) {
}
