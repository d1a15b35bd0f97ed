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
