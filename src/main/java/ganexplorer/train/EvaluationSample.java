package ganexplorer.train;

import ganexplorer.metrics.SampleQuality;

/**
 * n real and n generated points, interleaved x, y, drawn for the metrics at one step, with the critic's mean output
 * on each set (their difference is the critic's Wasserstein estimate) and its mean sigmoid on each (what a BCE
 * critic says the probability of "real" is: {@code d_real}, {@code d_fake}; NaN where not measured). {@code fakeLabels} are the labels a
 * class-conditional generator drew the fakes for, or null. {@code exact} is what a session measures of itself in
 * closed form (the Dirac GAN's players), which the metrics worker then takes as it is; null for every network GAN.
 */
public record EvaluationSample(long step, float[] real, float[] fake, double criticMeanReal, double criticMeanFake,
                               int[] fakeLabels, SampleQuality exact, double criticSigmoidReal,
                               double criticSigmoidFake) {
    public EvaluationSample(long step, float[] real, float[] fake, double criticMeanReal, double criticMeanFake,
                            int[] fakeLabels) {
        this(step, real, fake, criticMeanReal, criticMeanFake, fakeLabels, null, Double.NaN, Double.NaN);
    }

    public EvaluationSample(long step, float[] real, float[] fake, double criticMeanReal, double criticMeanFake,
                            int[] fakeLabels, SampleQuality exact) {
        this(step, real, fake, criticMeanReal, criticMeanFake, fakeLabels, exact, Double.NaN, Double.NaN);
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
