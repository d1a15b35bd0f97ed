package ganexplorer.cli;

import ganexplorer.data.Bounds;
import ganexplorer.data.Point;
import ganexplorer.train.HeatRange;
import ganexplorer.train.PlanePictures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Renders a snapshot as a PNG without a display: the critic's output as a heat map (purple where it says "fake",
 * green where it says "real"), the mode circles, real points in black and generated points in orange.
 */
final class SamplePlot {
    private static final int SIZE = 640;
    private static final Color LOW = new Color(118, 42, 131);
    private static final Color MID = new Color(247, 247, 247);
    private static final Color HIGH = new Color(27, 120, 55);
    private static final Color REAL = new Color(20, 20, 20, 170);
    private static final Color FAKE = new Color(230, 97, 1, 190);

    private SamplePlot() {
    }

    static void write(PlanePictures s, String caption, Path file) throws IOException {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(MID);
        g.fillRect(0, 0, SIZE, SIZE);
        Bounds b = s.bounds();
        drawHeatmap(g, s.heatmap(), s.heatmapResolution());
        g.setColor(new Color(90, 90, 90, 160));
        g.setStroke(new BasicStroke(1f));
        for (Point c : s.modes().centres()) {
            double r = s.modes().radius() / b.width() * SIZE;
            g.drawOval((int) (px(c.x(), b) - r), (int) (py(c.y(), b) - r), (int) (2 * r), (int) (2 * r));
        }
        drawPoints(g, s.real(), b, REAL);
        drawPoints(g, s.fake(), b, FAKE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        // the legend moves to a second line when the caption (which grows with the metrics) would run into it
        int legend = legendTop(g.getFontMetrics().stringWidth(caption));
        g.setColor(new Color(255, 255, 255, 200));
        g.fillRect(0, 0, SIZE, legend + 24);
        g.setColor(Color.BLACK);
        g.drawString(caption, 8, 17);
        g.setColor(REAL);
        g.fillOval(SIZE - 150, legend + 8, 8, 8);
        g.setColor(Color.BLACK);
        g.drawString("real", SIZE - 138, legend + 17);
        g.setColor(FAKE);
        g.fillOval(SIZE - 90, legend + 8, 8, 8);
        g.setColor(Color.BLACK);
        g.drawString("generated", SIZE - 78, legend + 17);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
    }

    /** The legend's top: on the caption's line when the caption ends short of it, else on a line of its own. */
    static int legendTop(int captionWidth) {
        return 8 + captionWidth + 12 <= SIZE - 150 ? 0 : 22;
    }

    private static void drawHeatmap(Graphics2D g, float[] heat, int res) {
        if (heat == null || res == 0) {
            return;
        }
        HeatRange range = HeatRange.of(heat);
        double cell = (double) SIZE / res;
        for (int j = 0; j < res; j++) {
            for (int i = 0; i < res; i++) {
                double t = range.fraction(heat[j * res + i]);
                g.setColor(t < 0.5 ? blend(LOW, MID, t * 2) : blend(MID, HIGH, (t - 0.5) * 2));
                int x0 = (int) Math.floor(i * cell);
                int y0 = (int) Math.floor(SIZE - (j + 1) * cell);
                g.fillRect(x0, y0, (int) Math.ceil(cell) + 1, (int) Math.ceil(cell) + 1);
            }
        }
    }

    private static Color blend(Color a, Color b, double t) {
        // Keep the map pale so the points stay readable.
        double pale = 0.45;
        return new Color(
                (int) (MID.getRed() * pale + (a.getRed() + (b.getRed() - a.getRed()) * t) * (1 - pale)),
                (int) (MID.getGreen() * pale + (a.getGreen() + (b.getGreen() - a.getGreen()) * t) * (1 - pale)),
                (int) (MID.getBlue() * pale + (a.getBlue() + (b.getBlue() - a.getBlue()) * t) * (1 - pale)));
    }

    private static void drawPoints(Graphics2D g, float[] xy, Bounds b, Color color) {
        g.setColor(color);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            g.fillOval((int) px(xy[i], b) - 2, (int) py(xy[i + 1], b) - 2, 4, 4);
        }
    }

    private static double px(double x, Bounds b) {
        return (x - b.minX()) / b.width() * SIZE;
    }

    private static double py(double y, Bounds b) {
        return SIZE - (y - b.minY()) / b.height() * SIZE;
    }
}
