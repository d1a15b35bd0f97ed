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

    /** Whether every sample value and both critic means are finite: a metric of a NaN sample means nothing. */
    public boolean isFinite() {
        for (float[] values : new float[][] {real, fake}) {
            for (float v : values) {
                if (!Float.isFinite(v)) {
                    return false;
                }
            }
        }
        return Double.isFinite(criticMeanReal) && Double.isFinite(criticMeanFake);
    }

    public double criticEstimate() {
        return criticMeanReal - criticMeanFake;
    }
}
