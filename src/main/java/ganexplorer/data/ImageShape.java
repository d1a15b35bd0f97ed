package ganexplorer.data;

/** The shape of one image: channels (1 grey, 3 RGB) x height x width. */
public record ImageShape(int channels, int height, int width) {
    public ImageShape {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("images must be grey (1 channel) or RGB (3 channels), got " + channels);
        }
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("an image needs at least 1 x 1 pixels, got " + height + " x " + width);
        }
    }

    public int size() {
        return channels * height * width;
    }

    @Override
    public String toString() {
        return (channels == 1 ? "grey " : "RGB ") + width + " x " + height;
    }

    /**
     * Image {@code index} of {@code rows} (pixels in [-1, 1], channel-major) as opaque ARGB ints, row by row: the
     * format both AWT and JavaFX pixel writers take, so exports and the window draw the same colours.
     */
    public int[] argb(float[] rows, int index) {
        int plane = height * width;
        int base = index * size();
        int[] out = new int[plane];
        for (int p = 0; p < plane; p++) {
            int r = level(rows[base + p]);
            int g = channels == 1 ? r : level(rows[base + plane + p]);
            int b = channels == 1 ? r : level(rows[base + 2 * plane + p]);
            out[p] = 0xff000000 | r << 16 | g << 8 | b;
        }
        return out;
    }

    private static int level(float v) {
        return Math.max(0, Math.min(255, Math.round((v + 1f) * 127.5f)));
    }
}
