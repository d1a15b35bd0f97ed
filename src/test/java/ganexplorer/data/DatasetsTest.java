package ganexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {
    @TempDir
    Path dir;

    @Test
    void shouldServeToyNamesAndTheBundledDigits() {
        assertThat(Datasets.byName("ring8")).isInstanceOf(ToyDistribution.class);
        TrainingData digits = Datasets.byName("digits");
        assertThat(digits).isInstanceOf(ImageData.class);
        assertThat(digits.dimension()).isEqualTo(784);
        assertThat(((ImageData) digits).images().count()).isEqualTo(10_000);
        assertThat(Datasets.byName("digits")).isSameAs(digits); // loaded once
    }

    @Test
    void shouldPickTheLoaderFromThePath() throws IOException {
        Path idx = idxPair("train-images-idx3-ubyte", "train-labels-idx1-ubyte");
        ImageData fromIdx = (ImageData) Datasets.byName(idx.toString());
        assertThat(fromIdx.shape()).isEqualTo(new ImageShape(1, 4, 5));
        assertThat(fromIdx.images().labels()).containsExactly(0, 1, 2); // the labels file beside it was found

        Path bin = Files.write(dir.resolve("data_batch_1.bin"), new byte[2 * 3073]);
        assertThat(((ImageData) Datasets.byName(bin.toString())).shape()).isEqualTo(new ImageShape(3, 32, 32));
        assertThat(((ImageData) Datasets.byName(dir.toString())).images().count())
                .as("a folder holding data_batch_N.bin is read as CIFAR-10").isEqualTo(2);

        Path pictures = Files.createDirectories(dir.resolve("pictures"));
        BufferedImage img = new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, Color.RED.getRGB());
        ImageIO.write(img, "png", pictures.resolve("a.png").toFile());
        assertThat(((ImageData) Datasets.byName(pictures.toString())).shape())
                .isEqualTo(new ImageShape(3, Datasets.FOLDER_SIZE, Datasets.FOLDER_SIZE));
    }

    @Test
    void shouldNameEveryChoiceForAnUnknownDataset() {
        assertThatThrownBy(() -> Datasets.byName("mnist-please")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ring8").hasMessageContaining("digits").hasMessageContaining("path");
    }

    @Test
    void shouldSayAMissingPathDoesNotExistBeforeListingTheBuiltInNames() {
        Path missing = dir.resolve("train-images-idx3-ubyte.gz");
        assertThatThrownBy(() -> Datasets.byName(missing.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no such file or folder: " + missing.toAbsolutePath() + "; give the path of")
                .hasMessageContaining("built-in datasets: ring8").hasMessageNotContaining("unknown dataset");
        assertThatThrownBy(() -> Datasets.byName("ring9"))
                .hasMessageStartingWith("unknown dataset 'ring9' (not a built-in name, and no such file or folder: ")
                .hasMessageContaining("choose one of ring8");
    }

    @Test
    void shouldCallASymbolicLinkLoopALoop() throws IOException {
        Path a = dir.resolve("a");
        Files.createSymbolicLink(a, Path.of("b"));
        Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
        assertThatThrownBy(() -> Datasets.byName(a.toString()))
                .hasMessage(a + ": is a symbolic-link loop (following its links never reaches a file or folder); point"
                        + " the link at the data");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), Path.of("gone.gz"));
        assertThatThrownBy(() -> Datasets.byName(dangling.toString()))
                .hasMessage(dangling + ": is a symbolic link to gone.gz, which does not exist");
    }

    @Test
    void shouldLogWhatTheLoaderWarnedAboutOnceWhenItReadsTheFile() throws IOException {
        Path idx = idxPair("long-images-idx3-ubyte", "long-labels-idx1-ubyte");
        Files.write(idx, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        Logger log = (Logger) LoggerFactory.getLogger(Datasets.class);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        log.addAppender(seen);
        try {
            ImageData data = (ImageData) Datasets.byName(idx.toString());
            assertThat(data.images().count()).isEqualTo(3);
            assertThat(data.images().warnings()).singleElement().asString()
                    .isEqualTo(idx + ": 3 bytes follow the 3 images its header promises; they are ignored (is the header's"
                            + " count right?)");
            Datasets.byName(idx.toString()); // cached: not read, not logged again
            assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage).containsExactlyElementsOf(data.images().warnings());
        } finally {
            log.detachAppender(seen);
        }
    }

    @Test
    void shouldReportABadFileWithItsName() throws IOException {
        Path bad = Files.write(dir.resolve("broken-images.idx"), new byte[] {0, 0, 8, 1, 0, 0});
        assertThatThrownBy(() -> Datasets.byName(bad.toString())).hasMessageContaining("broken-images.idx");
    }

    @Test
    void imageSamplesShouldBeWholeScaledImages() {
        ImageData digits = (ImageData) Datasets.byName("digits");
        float[] batch = new float[3 * 784];
        digits.sample(3, new SplittableRandom(7), batch);
        float[] first = Arrays.copyOf(batch, 784);
        boolean found = false;
        for (int i = 0; i < digits.images().count() && !found; i++) {
            found = Arrays.equals(digits.image(i), first);
        }
        assertThat(found).as("a sample is one of the images").isTrue();
        for (float v : batch) {
            assertThat(v).isBetween(-1f, 1f);
        }
    }

    @Test
    void argbShouldMapMinusOneToBlackAndOneToWhite() {
        ImageShape grey = new ImageShape(1, 1, 3);
        assertThat(grey.argb(new float[] {-1f, 0f, 1f}, 0)).containsExactly(0xff000000, 0xff808080, 0xffffffff);
        ImageShape rgb = new ImageShape(3, 1, 1);
        assertThat(rgb.argb(new float[] {1f, -1f, -1f}, 0)).containsExactly(0xffff0000);
        assertThatThrownBy(() -> new ImageShape(2, 4, 4)).hasMessageContaining("grey (1 channel) or RGB");
    }

    private Path idxPair(String images, String labels) throws IOException {
        ByteArrayOutputStream img = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(img);
        out.writeInt(2051);
        out.writeInt(3);
        out.writeInt(4);
        out.writeInt(5);
        out.write(new byte[3 * 4 * 5]);
        ByteArrayOutputStream lab = new ByteArrayOutputStream();
        DataOutputStream l = new DataOutputStream(lab);
        l.writeInt(2049);
        l.writeInt(3);
        l.write(new byte[] {0, 1, 2});
        Files.write(dir.resolve(labels), lab.toByteArray());
        return Files.write(dir.resolve(images), img.toByteArray());
    }
}
