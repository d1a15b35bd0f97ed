package ganexplorer.data;

import java.util.random.RandomGenerator;

/**
 * An image set as training data: samples are whole images drawn with replacement, scaled once to [-1, 1] (the range
 * of a tanh generator) so a batch is a plain copy of rows.
 */
public record ImageData(String name, ImageSet images, float[] scaled) implements TrainingData {

    public ImageData {
        if (scaled.length != images.pixels().length) {
            throw new IllegalArgumentException("scaled pixels do not match the image set " + images.name());
        }
    }

    public static ImageData of(String name, ImageSet images) {
        return new ImageData(name, images, images.scaledRows(0, images.count()));
    }

    @Override
    public int dimension() {
        return images.imageSize();
    }

    public ImageShape shape() {
        return new ImageShape(images.channels(), images.height(), images.width());
    }

    @Override
    public void sample(int n, RandomGenerator rng, float[] out) {
        int d = dimension();
        for (int i = 0; i < n; i++) {
            System.arraycopy(scaled, rng.nextInt(images.count()) * d, out, i * d, d);
        }
    }

    /** Image i as a row of scaled pixels (a copy). */
    public float[] image(int i) {
        float[] row = new float[dimension()];
        System.arraycopy(scaled, i * dimension(), row, 0, row.length);
        return row;
    }
}
