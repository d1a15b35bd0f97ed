package ganexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
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
                .hasMessageContaining("ends after image 2 of 3: the file is truncated (the header promises 3 images of 4 x 5 "
                        + "pixels, 60 bytes, but only 41 follow)");

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

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    /** 10,000 images of 2 x 2 random (incompressible) pixels, so a cut halfway lands inside the pixel data. */
    private static byte[] randomImages() throws IOException {
        byte[] data = images(2051, 10_000, 2, 2, 40_000);
        byte[] noise = new byte[40_000];
        new SplittableRandom(3).nextBytes(noise);
        System.arraycopy(noise, 0, data, 16, noise.length);
        return data;
    }

    @Test
    void shouldSayWhereAGzipCutInsideThePixelDataEnds() throws IOException {
        byte[] whole = gzip(randomImages());
        Path cut = write("cut.gz", Arrays.copyOf(whole, whole.length / 2), false);
        assertThatThrownBy(() -> IdxReader.read(cut, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(cut + ": ends after image ")
                .hasMessageMatching(".*ends after image [1-9][\\d,]* of 10,000: the file is truncated .*")
                .hasMessageNotContaining("header:")
                .hasMessageNotContaining("ends inside its header");
    }

    @Test
    void shouldRefuseAGzipWithABadChecksumOrWithoutItsTrailer() throws IOException {
        byte[] whole = gzip(images(2051, 3, 4, 5, 60));
        byte[] badCrc = whole.clone();
        badCrc[whole.length - 8] ^= 0x5a; // the trailer is CRC-32 then the length, 4 bytes each
        Path crc = write("bad-crc.gz", badCrc, false);
        assertThatThrownBy(() -> IdxReader.read(crc, null)).hasMessageStartingWith(crc.toString())
                .hasMessageContaining("the gzip file is damaged (bad checksum)");

        Path noTrailer = write("no-trailer.gz", Arrays.copyOf(whole, whole.length - 8), false);
        assertThatThrownBy(() -> IdxReader.read(noTrailer, null)).hasMessageStartingWith(noTrailer.toString())
                .hasMessageContaining("the gzip file is damaged").hasMessageContaining("truncated");

        Path lab = write("bad-crc-labels.gz", labels(2049, 3, 3), true);
        byte[] labBytes = Files.readAllBytes(lab);
        labBytes[labBytes.length - 6] ^= 1;
        Files.write(lab, labBytes);
        Path img = write("fine.gz", images(2051, 3, 4, 5, 60), true);
        assertThatThrownBy(() -> IdxReader.read(img, lab)).hasMessageStartingWith(lab.toString())
                .hasMessageContaining("the gzip file is damaged (bad checksum)");
    }

    @Test
    void shouldLoadButWarnWhenAFileIsLongerThanItsHeaderSays() throws IOException {
        for (boolean gz : new boolean[] {false, true}) {
            Path img = write("long-images" + gz, images(2051, 3, 4, 5, 67), gz);
            Path lab = write("long-labels" + gz, labels(2049, 3, 5), gz);
            ImageSet s = IdxReader.read(img, lab);
            assertThat(s.count()).isEqualTo(3);
            assertThat(s.labels()).containsExactly(0, 1, 2);
            assertThat(s.warnings()).containsExactly(
                    img + ": 7 bytes follow the 3 images its header promises; they are ignored (is the header's count right?)",
                    lab + ": 2 bytes follow the 3 labels its header promises; they are ignored (is the header's count right?)");
        }
        Path exact = write("exact", images(2051, 3, 4, 5, 60), false);
        assertThat(IdxReader.read(exact, null).warnings()).isEmpty();
    }

    @Test
    void shouldSayPermissionDeniedWhenTheSourceRefusesToOpen() {
        // runs as root too: the source throws what Files.newInputStream throws for a file this user may not read
        IdxReader.Source locked = new IdxReader.Source() {
            @Override
            public String name() {
                return "/data/locked-idx3";
            }

            @Override
            public InputStream open() throws IOException {
                throw new AccessDeniedException("/data/locked-idx3");
            }
        };
        assertThatThrownBy(() -> IdxReader.read(locked, null))
                .hasMessage("/data/locked-idx3: cannot be read: permission denied; fix its permissions so this user can read it");
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
        assertThat(digits.warnings()).as("the shipped files are exactly as long as their headers say").isEmpty();
    }
}
