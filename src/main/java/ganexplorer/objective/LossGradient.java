package ganexplorer.objective;

/**
 * A loss value with its gradient with respect to the critic's raw outputs: {@code onReal[i]} = dL/dr_i and
 * {@code onFake[i]} = dL/df_i (the mean over the batch is already in them). A generator loss has no real part.
 */
public record LossGradient(double value, double[] onReal, double[] onFake) {
}
