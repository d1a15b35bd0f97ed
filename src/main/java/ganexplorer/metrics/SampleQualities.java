package ganexplorer.metrics;

import ganexplorer.data.ImageData;
import ganexplorer.data.ImageShape;
import ganexplorer.data.PointMass;
import ganexplorer.data.ToyDistribution;
import ganexplorer.data.TrainingData;
import ganexplorer.metrics.image.FeatureNet;

/** Measures an evaluation sample with the metrics its kind of data has. */
public final class SampleQualities {
    private SampleQualities() {
    }

    public static SampleQuality measure(float[] real, float[] fake, TrainingData data) {
        return measure(real, fake, null, data);
    }

    /** {@code fakeLabels}: the labels a class-conditional generator drew the fakes for, or null. */
    public static SampleQuality measure(float[] real, float[] fake, int[] fakeLabels, TrainingData data) {
        if (data instanceof ToyDistribution toy) {
            return ToyMetrics.measure(real, fake, toy);
        }
        if (data instanceof PointMass) {
            return PointMassMetrics.ofSamples(real, fake);
        }
        ImageShape shape = ((ImageData) data).shape();
        if (!FeatureNet.accepts(shape.channels(), shape.height(), shape.width())) {
            // the shipped net knows 28 x 28 digits only; other images get the distance in pixel space
            return ImageMetrics.pixelsOnly(ImageMetrics.slicedWasserstein(real, fake, shape.size()));
        }
        FeatureNet net = FeatureNet.bundled();
        return ImageMetrics.measure(net.embed(real, real.length / shape.size()), net.embed(fake, fake.length / shape.size()),
                fakeLabels);
    }
}
