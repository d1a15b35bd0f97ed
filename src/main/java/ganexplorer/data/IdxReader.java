package ganexplorer.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads MNIST-format (IDX) files: images (magic 2051: count, rows, columns, then unsigned bytes) and labels
 * (magic 2049: count, then one byte each), gzipped or not (told by the gzip magic bytes, not the file name). Any
 * size works, so MNIST, Fashion-MNIST and the bundled digits all load. Every problem is reported with the file's
 * name and what is wrong; nothing partial is returned.
 */
public final class IdxReader {
    static final int IMAGES_MAGIC = 2051;
    static final int LABELS_MAGIC = 2049;
    private static final long MAX_VALUES = 1L << 31;

    private IdxReader() {
    }

    /** Where IDX bytes come from: a file, or a resource inside the jar. */
    public interface Source {
        String name();

        InputStream open() throws IOException;

        static Source of(Path file) {
            return new Source() {
                @Override
                public String name() {
                    return file.toString();
                }

                @Override
                public InputStream open() throws IOException {
                    try {
                        return Files.newInputStream(file);
                    } catch (NoSuchFileException e) {
                        throw bad(this, "does not exist");
                    }
                }
            };
        }
    }

    /** Images and their labels; {@code labels} may be null for unlabelled images. */
    public static ImageSet read(Path images, Path labels) {
        return read(Source.of(images), labels == null ? null : Source.of(labels));
    }

    public static ImageSet read(Source images, Source labels) {
        try (DataInputStream in = open(images)) {
            int magic = in.readInt();
            if (magic != IMAGES_MAGIC) {
                throw bad(images, "wrong magic number " + magic + " (an IDX image file starts with 2051"
                        + (magic == LABELS_MAGIC ? "; this is a label file: swap the two paths" : "") + ")");
            }
            int count = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (count < 1 || rows < 1 || cols < 1 || (long) count * rows * cols >= MAX_VALUES) {
                throw bad(images, "impossible header: " + count + " images of " + rows + " x " + cols);
            }
            byte[] pixels = new byte[count * rows * cols];
            readFully(in, pixels, images, count + " images of " + rows + " x " + cols + " pixels");
            int[] classes = labels == null ? unlabelled(count) : readLabels(labels, count, images);
            return new ImageSet(images.name(), count, 1, rows, cols, pixels, classes);
        } catch (EOFException e) {
            throw bad(images, "the file ends inside its header: it is truncated or not an IDX file");
        } catch (IOException e) {
            throw bad(images, "cannot be read: " + e.getMessage());
        }
    }

    private static int[] readLabels(Source labels, int expected, Source images) {
        try (DataInputStream in = open(labels)) {
            int magic = in.readInt();
            if (magic != LABELS_MAGIC) {
                throw bad(labels, "wrong magic number " + magic + " (an IDX label file starts with 2049)");
            }
            int count = in.readInt();
            if (count != expected) {
                throw bad(labels, "has " + count + " labels but " + images.name() + " has " + expected + " images");
            }
            byte[] raw = new byte[count];
            readFully(in, raw, labels, count + " labels");
            int[] out = new int[count];
            for (int i = 0; i < count; i++) {
                out[i] = raw[i] & 0xff;
            }
            return out;
        } catch (EOFException e) {
            throw bad(labels, "the file ends inside its header: it is truncated or not an IDX file");
        } catch (IOException e) {
            throw bad(labels, "cannot be read: " + e.getMessage());
        }
    }

    private static void readFully(InputStream in, byte[] into, Source file, String what) throws IOException {
        int off = 0;
        while (off < into.length) {
            int n = in.read(into, off, into.length - off);
            if (n < 0) {
                throw bad(file, "is truncated: the header promises " + what + " (" + into.length + " bytes) but only "
                        + off + " follow");
            }
            off += n;
        }
    }

    private static DataInputStream open(Source file) throws IOException {
        InputStream raw = new BufferedInputStream(file.open());
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        try {
            return new DataInputStream(b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw)) : raw);
        } catch (ZipException e) {
            raw.close();
            throw bad(file, "looks gzipped but is damaged: " + e.getMessage());
        }
    }

    private static int[] unlabelled(int count) {
        int[] out = new int[count];
        java.util.Arrays.fill(out, -1);
        return out;
    }

    private static IllegalArgumentException bad(Source file, String problem) {
        return new IllegalArgumentException(file.name() + ": " + problem);
    }
}
