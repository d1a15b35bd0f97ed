package ganexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
