package ganexplorer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads CIFAR-10 binary batches (data_batch_1.bin ... test_batch.bin): records of one label byte and 3,072 pixel
 * bytes (1,024 red, then green, then blue, each 32 x 32 row-major). Several batch files are joined in order.
 */
public final class CifarReader {
    static final int SIDE = 32;
    static final int RECORD = 1 + 3 * SIDE * SIDE;

    private CifarReader() {
    }

    public static ImageSet read(List<Path> batches) {
        if (batches.isEmpty()) {
            throw new IllegalArgumentException("give at least one CIFAR-10 batch file (data_batch_1.bin ...)");
        }
        long total = 0;
        for (Path b : batches) {
            total += recordsIn(b);
        }
        if (total * (RECORD - 1) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many CIFAR records to hold in memory: " + total);
        }
        int count = (int) total;
        byte[] pixels = new byte[count * (RECORD - 1)];
        int[] labels = new int[count];
        int k = 0;
        for (Path b : batches) {
            byte[] bytes = bytes(b);
            for (int r = 0; r < bytes.length / RECORD; r++, k++) {
                int label = bytes[r * RECORD] & 0xff;
                if (label > 9) {
                    throw new IllegalArgumentException(b + ": record " + r + " has label " + label
                            + "; CIFAR-10 labels are 0-9 (a CIFAR-100 file has two label bytes per record)");
                }
                labels[k] = label;
                System.arraycopy(bytes, r * RECORD + 1, pixels, k * (RECORD - 1), RECORD - 1);
            }
        }
        String name = batches.size() == 1 ? batches.get(0).getFileName().toString() : "cifar10 (" + batches.size() + " batches)";
        return new ImageSet(name, count, 3, SIDE, SIDE, pixels, labels);
    }

    private static long recordsIn(Path b) {
        try {
            long size = Files.size(b);
            if (size == 0 || size % RECORD != 0) {
                throw new IllegalArgumentException(b + ": " + size + " bytes is not a whole number of CIFAR-10 records of "
                        + RECORD + " bytes: the file is truncated or not a CIFAR-10 binary batch");
            }
            return size / RECORD;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(b + ": does not exist");
        } catch (IOException e) {
            throw FileProblems.unreadable(b, e);
        }
    }

    private static byte[] bytes(Path b) {
        try {
            return Files.readAllBytes(b);
        } catch (IOException e) {
            throw FileProblems.unreadable(b, e);
        }
    }
}
