package ganexplorer.data;

import java.util.List;

/**
 * Labelled images in memory: {@code pixels} holds count x channels x height x width bytes (0-255, row-major per
 * image, channel-major for colour), {@code labels} one class per image or -1 where unknown. {@code warnings} are
 * what the loader noticed but did not refuse (bytes beyond what an IDX header promises, an empty class folder),
 * one sentence each naming the file, for the CLI and the app to show.
 */
public record ImageSet(String name, int count, int channels, int height, int width, byte[] pixels, int[] labels,
        List<String> warnings) {
    public ImageSet {
        warnings = List.copyOf(warnings);
        if (count < 1 || channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException(name + ": an image set needs at least one image of at least 1 x 1 pixels");
        }
        if (pixels.length != (long) count * channels * height * width) {
            throw new IllegalArgumentException(name + ": " + pixels.length + " pixel values for " + count + " images of "
                    + channels + " x " + height + " x " + width);
        }
        if (labels.length != count) {
            throw new IllegalArgumentException(name + ": " + labels.length + " labels for " + count + " images");
        }
    }

    /** A set the loader had nothing to warn about. */
    public ImageSet(String name, int count, int channels, int height, int width, byte[] pixels, int[] labels) {
        this(name, count, channels, height, width, pixels, labels, List.of());
    }

    public int imageSize() {
        return channels * height * width;
    }

    /** Image i's pixel j scaled to [-1, 1], as tanh generators produce them. */
    public float scaled(int image, int pixel) {
        return unit(pixels[image * imageSize() + pixel]);
    }

    /** Images from .. from + count - 1 as flat rows of channels x height x width values in [-1, 1]. */
    public float[] scaledRows(int from, int count) {
        if (from < 0 || count < 1 || (long) from + count > this.count) {
            throw new IllegalArgumentException(name + ": images " + from + ".." + ((long) from + count - 1)
                    + " outside 0.." + (this.count - 1));
        }
        float[] rows = new float[count * imageSize()];
        int offset = from * imageSize();
        for (int i = 0; i < rows.length; i++) {
            rows[i] = unit(pixels[offset + i]);
        }
        return rows;
    }

    private static float unit(byte b) {
        return (b & 0xff) / 127.5f - 1f;
    }
}
