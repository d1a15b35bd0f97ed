package ganexplorer.train;

/**
 * n real and n generated points, interleaved x, y, drawn for the metrics at one step, with the critic's mean output
 * on each set (their difference is the critic's Wasserstein estimate). {@code fakeLabels} are the labels a
 * class-conditional generator drew the fakes for, or null.
 */
public record EvaluationSample(long step, float[] real, float[] fake, double criticMeanReal, double criticMeanFake,
                               int[] fakeLabels) {
    public int size() {
        return real.length / 2;
    }

    public double criticEstimate() {
        return criticMeanReal - criticMeanFake;
    }
}
