package ganexplorer.model;

/** The gradient penalty's value (lambda included) and the batch mean of |grad_x D|. */
public record PenaltyValue(double penalty, double meanGradientNorm) {
}
