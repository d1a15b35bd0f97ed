package ganexplorer.cli;

import ganexplorer.data.ImageShape;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Renders generated images as a side x side grid PNG, each image scaled up without smoothing, with a caption. */
final class ImageGridPlot {
    private static final int CAPTION = 24;
    private static final int GAP = 2;

    private ImageGridPlot() {
    }

    static void write(float[] rows, ImageShape shape, int side, int scale, String caption, Path file) throws IOException {
        int count = Math.min(side * side, rows.length / shape.size());
        int cellW = shape.width() * scale + GAP;
        int cellH = shape.height() * scale + GAP;
        int width = Math.max(side * cellW + GAP, 480);
        BufferedImage img = new BufferedImage(width, side * cellH + GAP + CAPTION, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(40, 40, 40));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        BufferedImage one = new BufferedImage(shape.width(), shape.height(), BufferedImage.TYPE_INT_RGB);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        for (int k = 0; k < count; k++) {
            one.setRGB(0, 0, shape.width(), shape.height(), shape.argb(rows, k), 0, shape.width());
            Image scaled = one.getScaledInstance(shape.width() * scale, shape.height() * scale, Image.SCALE_REPLICATE);
            g.drawImage(scaled, GAP + (k % side) * cellW, CAPTION + GAP + (k / side) * cellH, null);
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(caption, 6, 17);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
    }
}
