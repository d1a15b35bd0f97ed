package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.ui.latent.WalkExport;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalkExportTest {
    private static List<BufferedImage> frames(int n) {
        List<BufferedImage> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            g.setColor(new Color(20 * i, 100, 255 - 20 * i));
            g.fillRect(0, 0, 40, 40);
            g.dispose();
            frames.add(img);
        }
        return frames;
    }

    @Test
    void gifShouldHoldEveryFrame(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("walk.gif");
        WalkExport.writeGif(frames(7), 80, gif);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(7);
            assertThat(reader.read(6).getWidth()).isEqualTo(40);
        }
    }

    @Test
    void savingAWalkShouldWriteBothFilesAndSayShortlyWhere(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("GAN Explorer").resolve("exports");
        String message = WalkExport.saveWalk(frames(5), folder);
        try (var files = java.nio.file.Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(2);
            assertThat(names.get(0)).startsWith("walk-").endsWith(".gif");
            assertThat(names.get(1)).startsWith("walk-").endsWith(".png");
            // the file names, then the folder once (the message wraps under the grid; a full path twice did not fit)
            assertThat(message).isEqualTo("Saved " + names.get(1) + " and " + names.get(0) + " in " + folder.toAbsolutePath());
        }
        BufferedImage strip = ImageIO.read(folder.resolve(message.substring(6, message.indexOf(".png") + 4)).toFile());
        assertThat(strip.getWidth()).isEqualTo(5 * 40);
        assertThat(strip.getRGB(45, 5)).isEqualTo(frames(5).get(1).getRGB(0, 0));
    }

    @Test
    void aWalkThatCannotBeSavedShouldSayWhy(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThat(WalkExport.saveWalk(frames(2), file)).startsWith("Could not save the walk: ");
        assertThat(WalkExport.saveWalk(List.of(), dir)).isEqualTo("Could not save the walk: a walk strip needs at least one frame");
    }

    @Test
    void stripShouldShowFirstAndLastFramesSideBySide(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("strip.png");
        List<BufferedImage> f = frames(10);
        WalkExport.writeStrip(f, 4, png);
        BufferedImage strip = ImageIO.read(png.toFile());
        assertThat(strip.getWidth()).isEqualTo(160);
        assertThat(strip.getRGB(5, 5)).isEqualTo(f.get(0).getRGB(5, 5));
        assertThat(strip.getRGB(125, 5)).isEqualTo(f.get(9).getRGB(5, 5));
    }
}
