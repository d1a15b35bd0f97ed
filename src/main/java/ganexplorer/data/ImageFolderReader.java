package ganexplorer.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Reads a folder of PNG/JPEG images, scaled and centre-cropped to size x size, grey or RGB. Images directly in the
 * folder are unlabelled; images in subfolders get the subfolder's index (in name order) as their label. An image
 * that cannot be read stops the load with its name: nothing partial is used silently.
 */
public final class ImageFolderReader {
    private ImageFolderReader() {
    }

    public static ImageSet read(Path folder, int size, boolean rgb) {
        if (size < 4 || size > 512) {
            throw new IllegalArgumentException("image size must be between 4 and 512 pixels, got " + size);
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + ": is not a folder of images");
        }
        List<Path> classes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.sorted().toList()) {
                if (Files.isDirectory(p)) {
                    classes.add(p);
                } else if (isImage(p)) {
                    files.add(p);
                    labels.add(-1);
                }
            }
            for (int c = 0; c < classes.size(); c++) {
                try (Stream<Path> inClass = Files.list(classes.get(c))) {
                    for (Path p : inClass.sorted().filter(ImageFolderReader::isImage).toList()) {
                        files.add(p);
                        labels.add(c);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(folder + ": cannot be listed: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(folder + ": holds no .png or .jpg images (subfolders are read as classes)");
        }
        int channels = rgb ? 3 : 1;
        int plane = size * size;
        byte[] pixels = new byte[files.size() * channels * plane];
        for (int i = 0; i < files.size(); i++) {
            BufferedImage img = fit(load(files.get(i)), size);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int argb = img.getRGB(x, y);
                    int r = (argb >> 16) & 0xff;
                    int g = (argb >> 8) & 0xff;
                    int b = argb & 0xff;
                    int base = i * channels * plane + y * size + x;
                    if (rgb) {
                        pixels[base] = (byte) r;
                        pixels[base + plane] = (byte) g;
                        pixels[base + 2 * plane] = (byte) b;
                    } else {
                        pixels[base] = (byte) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
                    }
                }
            }
        }
        return new ImageSet(folder.getFileName().toString(), files.size(), channels, size, size, pixels,
                labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean isImage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg");
    }

    private static BufferedImage load(Path p) {
        try {
            BufferedImage img = ImageIO.read(p.toFile());
            if (img == null) {
                throw new IllegalArgumentException(p + ": is not a readable PNG or JPEG image; remove it or convert it");
            }
            return img;
        } catch (IOException e) {
            throw new IllegalArgumentException(p + ": cannot be read as an image (" + e.getMessage() + "); remove it or convert it");
        }
    }

    /** Scales the shorter side to {@code size}, then crops the centre square. */
    static BufferedImage fit(BufferedImage src, int size) {
        double scale = (double) size / Math.min(src.getWidth(), src.getHeight());
        int w = Math.max(size, (int) Math.round(src.getWidth() * scale));
        int h = Math.max(size, (int) Math.round(src.getHeight() * scale));
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, (size - w) / 2, (size - h) / 2, w, h, null);
        g.dispose();
        return out;
    }
}
