package ganexplorer.metrics.image;

/** Progress of {@link FeatureNet#train}: the mean training loss of an epoch and the held-out accuracy after it. */
public record EpochReport(int epoch, int epochs, double meanLoss, double heldOutAccuracy, double seconds) {
}
