package ganexplorer.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads MNIST-format (IDX) files: images (magic 2051: count, rows, columns, then unsigned bytes) and labels
 * (magic 2049: count, then one byte each), gzipped or not (told by the gzip magic bytes, not the file name). Any
 * size works, so MNIST, Fashion-MNIST and the bundled digits all load. Every problem is reported with the file's
 * name and what is wrong; nothing partial is returned. Each file is read to its end, so a gzip checksum is always
 * checked; bytes beyond what the header promises load with a warning on the {@link ImageSet}.
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
                    } catch (AccessDeniedException e) {
                        throw FileProblems.unreadable(file, e);
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
            List<String> warnings = new ArrayList<>();
            readFully(in, pixels, images, new Items(count, "image", rows + " x " + cols + " pixels"));
            readToEnd(in, images, new Items(count, "image", ""), warnings);
            int[] classes = labels == null ? unlabelled(count) : readLabels(labels, count, images, warnings);
            return new ImageSet(images.name(), count, 1, rows, cols, pixels, classes, warnings);
        } catch (EOFException e) {
            throw bad(images, "the file ends inside its header: it is truncated or not an IDX file");
        } catch (IOException e) {
            throw bad(images, "cannot be read: " + FileProblems.why(e) + FileProblems.advice(e, "read it"));
        }
    }

    private static int[] readLabels(Source labels, int expected, Source images, List<String> warnings) {
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
            readFully(in, raw, labels, new Items(count, "label", ""));
            readToEnd(in, labels, new Items(count, "label", ""), warnings);
            int[] out = new int[count];
            for (int i = 0; i < count; i++) {
                out[i] = raw[i] & 0xff;
            }
            return out;
        } catch (EOFException e) {
            throw bad(labels, "the file ends inside its header: it is truncated or not an IDX file");
        } catch (IOException e) {
            throw bad(labels, "cannot be read: " + FileProblems.why(e) + FileProblems.advice(e, "read it"));
        }
    }

    /** What the header promises: {@code count} items ("image", "label") of {@code each} (empty for one byte). */
    private record Items(int count, String kind, String each) {
        String promise(long bytes) {
            return String.format(Locale.ROOT, "%,d %ss%s, %,d bytes", count, kind, each.isEmpty() ? "" : " of " + each, bytes);
        }

        /** "after image 4,211 of 10,000", from the bytes read so far. */
        String where(long bytesRead, long bytes) {
            long whole = bytesRead / (bytes / count);
            return whole == 0 ? String.format(Locale.ROOT, "before %s 1 of %,d", kind, count)
                    : String.format(Locale.ROOT, "after %s %,d of %,d", kind, whole, count);
        }
    }

    private static void readFully(InputStream in, byte[] into, Source file, Items items) throws IOException {
        int off = 0;
        int item = into.length / items.count();
        try {
            // one item per call: a cut gzip throws from inside a read, and a larger read would lose what it had got
            while (off < into.length) {
                int n = in.readNBytes(into, off, item);
                off += n;
                if (n < item) {
                    throw truncated(file, items, off, into.length);
                }
            }
        } catch (EOFException e) {
            // a cut gzip: GZIPInputStream says "Unexpected end of ZLIB input stream" where a plain file returns -1
            throw truncated(file, items, off, into.length);
        } catch (ZipException e) {
            throw bad(file, "the gzip file is damaged (" + e.getMessage() + ") " + items.where(off, into.length)
                    + ": download or copy it again");
        }
    }

    private static IllegalArgumentException truncated(Source file, Items items, long off, long bytes) {
        return bad(file, "ends " + items.where(off, bytes) + ": the file is truncated (the header promises "
                + items.promise(bytes) + String.format(Locale.ROOT, ", but only %,d follow)", off));
    }

    /**
     * Reads past the promised data to the end: a gzip stream checks its CRC and length only when its trailer is
     * read, so stopping at the last pixel would load a damaged file silently. Extra bytes are kept as a warning.
     */
    private static void readToEnd(InputStream in, Source file, Items items, List<String> warnings) throws IOException {
        long extra;
        try {
            extra = in.transferTo(OutputStream.nullOutputStream());
        } catch (EOFException e) {
            throw bad(file, "the gzip file is damaged (it ends before its checksum: the file is truncated)");
        } catch (ZipException e) {
            throw bad(file, "the gzip file is damaged (" + ("Corrupt GZIP trailer".equals(e.getMessage()) ? "bad checksum"
                    : e.getMessage()) + "): download or copy it again");
        }
        if (extra > 0) {
            warnings.add(file.name() + String.format(Locale.ROOT, ": %,d bytes follow the %,d %ss its header promises; they "
                    + "are ignored (is the header's count right?)", extra, items.count(), items.kind()));
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
