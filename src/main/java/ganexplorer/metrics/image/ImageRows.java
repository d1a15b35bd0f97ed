package ganexplorer.metrics.image;

import ganexplorer.data.ImageSet;

/** Images of an {@link ImageSet} as the flat float rows in [-1, 1] that generators produce and FeatureNet reads. */
public final class ImageRows {
    private ImageRows() {
    }

    /** Images from..from+count-1, one row of channels x height x width values each, scaled to [-1, 1]. */
    public static float[] scaled(ImageSet set, int from, int count) {
        if (from < 0 || count < 1 || (long) from + count > set.count()) {
            throw new IllegalArgumentException(set.name() + ": images " + from + ".." + ((long) from + count - 1)
                    + " outside 0.." + (set.count() - 1));
        }
        int size = set.imageSize();
        float[] rows = new float[count * size];
        byte[] pixels = set.pixels();
        int offset = from * size;
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (pixels[offset + i] & 0xff) / 127.5f - 1f;
        }
        return rows;
    }
}
