package ganexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    private static byte[] images(int magic, int count, int rows, int cols, int pixelBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(count);
        out.writeInt(rows);
        out.writeInt(cols);
        for (int i = 0; i < pixelBytes; i++) {
            out.writeByte(i % 256);
        }
        return bytes.toByteArray();
    }

    private static byte[] labels(int magic, int count, int labelBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(count);
        for (int i = 0; i < labelBytes; i++) {
            out.writeByte(i % 10);
        }
        return bytes.toByteArray();
    }

    private Path write(String name, byte[] data, boolean gzip) throws IOException {
        Path p = dir.resolve(name);
        if (gzip) {
            try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
                out.write(data);
            }
        } else {
            Files.write(p, data);
        }
        return p;
    }

    @Test
    void shouldReadPlainAndGzippedFilesOfAnySize() throws IOException {
        for (boolean gz : new boolean[] {false, true}) {
            Path img = write("img" + gz, images(2051, 3, 4, 5, 60), gz);
            Path lab = write("lab" + gz, labels(2049, 3, 3), gz);
            ImageSet s = IdxReader.read(img, lab);
            assertThat(s.count()).isEqualTo(3);
            assertThat(s.height()).isEqualTo(4);
            assertThat(s.width()).isEqualTo(5);
            assertThat(s.labels()).containsExactly(0, 1, 2);
            assertThat(s.pixels()[59] & 0xff).isEqualTo(59);
            assertThat(s.scaled(0, 0)).isEqualTo(-1f);
        }
    }

    @Test
    void shouldNameTheFileAndTheProblemForBadInput() throws IOException {
        Path lab = write("labels", labels(2049, 3, 3), false);
        Path wrongMagic = write("wrong-magic", images(1234, 3, 4, 5, 60), false);
        assertThatThrownBy(() -> IdxReader.read(wrongMagic, lab)).hasMessageContaining("wrong-magic")
                .hasMessageContaining("wrong magic number 1234");
        assertThatThrownBy(() -> IdxReader.read(lab, lab)).hasMessageContaining("this is a label file");

        Path truncated = write("truncated.gz", images(2051, 3, 4, 5, 41), true);
        assertThatThrownBy(() -> IdxReader.read(truncated, lab)).hasMessageContaining("truncated.gz")
                .hasMessageContaining("is truncated: the header promises 3 images of 4 x 5 pixels (60 bytes) but only 41 follow");

        Path img = write("images", images(2051, 3, 4, 5, 60), false);
        Path fewLabels = write("few-labels", labels(2049, 2, 2), false);
        assertThatThrownBy(() -> IdxReader.read(img, fewLabels)).hasMessageContaining("few-labels")
                .hasMessageContaining("has 2 labels but").hasMessageContaining("has 3 images");

        Path shortLabels = write("short-labels", labels(2049, 3, 1), false);
        assertThatThrownBy(() -> IdxReader.read(img, shortLabels)).hasMessageContaining("short-labels").hasMessageContaining("truncated");

        Path header = write("header", Arrays.copyOf(images(2051, 3, 4, 5, 0), 10), false);
        assertThatThrownBy(() -> IdxReader.read(header, lab)).hasMessageContaining("ends inside its header");

        Path broken = write("broken.gz", new byte[] {0x1f, (byte) 0x8b, 1, 2, 3}, false);
        assertThatThrownBy(() -> IdxReader.read(broken, lab)).hasMessageContaining("broken.gz");

        assertThatThrownBy(() -> IdxReader.read(dir.resolve("nope"), lab)).hasMessageContaining("nope").hasMessageContaining("does not exist");

        Path absurd = write("absurd", images(2051, -1, 4, 5, 0), false);
        assertThatThrownBy(() -> IdxReader.read(absurd, lab)).hasMessageContaining("impossible header");
    }

    @Test
    void bundledDigitsShouldHoldTenThousandLabelledDigitsOfEveryClass() {
        ImageSet digits = BundledDigits.load();
        assertThat(digits.count()).isEqualTo(10_000);
        assertThat(digits.height()).isEqualTo(28);
        assertThat(digits.width()).isEqualTo(28);
        int[] perClass = new int[10];
        for (int l : digits.labels()) {
            perClass[l]++;
        }
        assertThat(perClass).containsExactly(1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978);
        // Shuffled: the last 1,000 (a held-out part) still hold every class.
        assertThat(Arrays.stream(digits.labels(), 9000, 10_000).distinct().count()).isEqualTo(10);
        // Digits are ink on black: mostly dark pixels, some bright ones.
        long bright = 0;
        for (byte b : digits.pixels()) {
            if ((b & 0xff) > 128) {
                bright++;
            }
        }
        double share = (double) bright / digits.pixels().length;
        assertThat(share).isBetween(0.05, 0.3);
    }
}
