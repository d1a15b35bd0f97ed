package ganexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageLoadersTest {
    @TempDir
    Path dir;

    private Path cifar(String name, int records, int extraBytes, int label) throws IOException {
        byte[] b = new byte[records * CifarReader.RECORD + extraBytes];
        for (int r = 0; r < records; r++) {
            b[r * CifarReader.RECORD] = (byte) label;
            b[r * CifarReader.RECORD + 1] = (byte) 200; // first red pixel
            b[r * CifarReader.RECORD + 1 + 1024] = (byte) 100; // first green pixel
        }
        return Files.write(dir.resolve(name), b);
    }

    @Test
    void cifarShouldJoinBatchesAndKeepChannelsApart() throws IOException {
        ImageSet s = CifarReader.read(List.of(cifar("a.bin", 2, 0, 3), cifar("b.bin", 1, 0, 9)));
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.channels()).isEqualTo(3);
        assertThat(s.labels()).containsExactly(3, 3, 9);
        assertThat(s.pixels()[0] & 0xff).isEqualTo(200);
        assertThat(s.pixels()[1024] & 0xff).isEqualTo(100);
    }

    @Test
    void cifarShouldExplainTruncatedFilesAndForeignLabels() throws IOException {
        Path truncated = cifar("truncated.bin", 2, -10, 1);
        assertThatThrownBy(() -> CifarReader.read(List.of(truncated))).hasMessageContaining("truncated.bin")
                .hasMessageContaining("not a whole number of CIFAR-10 records");
        Path hundred = cifar("c100.bin", 1, 0, 57);
        assertThatThrownBy(() -> CifarReader.read(List.of(hundred))).hasMessageContaining("label 57");
        assertThatThrownBy(() -> CifarReader.read(List.of(dir.resolve("none.bin")))).hasMessageContaining("does not exist");
    }

    private void png(Path p, int w, int h, Color c) throws IOException {
        Files.createDirectories(p.getParent());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ImageIO.write(img, "png", p.toFile());
    }

    @Test
    void folderShouldLabelSubfoldersAndFitEveryImageToTheSize() throws IOException {
        png(dir.resolve("cats/a.png"), 40, 20, Color.WHITE);
        png(dir.resolve("dogs/b.png"), 10, 30, Color.RED);
        png(dir.resolve("dogs/c.png"), 64, 64, Color.BLACK);
        Files.writeString(dir.resolve("dogs/notes.txt"), "not an image");
        ImageSet grey = ImageFolderReader.read(dir, 16, false);
        assertThat(grey.count()).isEqualTo(3);
        assertThat(grey.labels()).containsExactly(0, 1, 1);
        assertThat(grey.height()).isEqualTo(16);
        assertThat(grey.pixels()[0] & 0xff).isEqualTo(255);
        assertThat(grey.pixels()[256] & 0xff).isEqualTo(76); // red in grey: 0.299 * 255
        ImageSet rgb = ImageFolderReader.read(dir, 16, true);
        assertThat(rgb.channels()).isEqualTo(3);
        int second = 3 * 256;
        assertThat(rgb.pixels()[second] & 0xff).isEqualTo(255);
        assertThat(rgb.pixels()[second + 256] & 0xff).isZero();
    }

    @Test
    void folderShouldNameEmptyFoldersAndUnreadableImages() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> ImageFolderReader.read(empty, 28, false)).hasMessageContaining("empty")
                .hasMessageContaining("holds no .png or .jpg images");
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("broken.png"), "this is not a png");
        assertThatThrownBy(() -> ImageFolderReader.read(bad, 28, false)).hasMessageContaining("broken.png")
                .hasMessageContaining("remove it or convert it");
        assertThatThrownBy(() -> ImageFolderReader.read(dir.resolve("missing"), 28, false)).hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> ImageFolderReader.read(bad, 2, false)).hasMessageContaining("between 4 and 512");
    }

    @Test
    void folderShouldWarnAboutAnEmptyClassFolderAndLeaveItOut() throws IOException {
        Path set = dir.resolve("animals");
        Files.createDirectories(set.resolve("ants"));
        Files.writeString(set.resolve("ants/readme.txt"), "no images here");
        png(set.resolve("bees/a.png"), 8, 8, Color.WHITE);
        png(set.resolve("cats/b.png"), 8, 8, Color.BLACK);
        ImageSet s = ImageFolderReader.read(set, 8, false);
        assertThat(s.count()).isEqualTo(2);
        assertThat(s.labels()).as("bees and cats, numbered without the empty ants").containsExactly(0, 1);
        assertThat(s.warnings()).containsExactly(set.resolve("ants") + ": this class folder holds no .png or .jpg images;"
                + " it is left out, and the 2 class folders with images are numbered 0-1 in name order");
        assertThat(ImageFolderReader.read(dir.resolve("animals/bees"), 8, false).warnings()).isEmpty();
    }

    @Test
    void folderShouldCallALinkLoopALoopNotABrokenImage() throws IOException {
        Path set = Files.createDirectories(dir.resolve("linked"));
        png(set.resolve("a.png"), 8, 8, Color.WHITE);
        Files.createSymbolicLink(set.resolve("b.png"), Path.of("b.png"));
        assertThatThrownBy(() -> ImageFolderReader.read(set, 8, false))
                .hasMessage(set.resolve("b.png") + ": cannot be read: it is a symbolic-link loop; point the link at the data");
    }
}
