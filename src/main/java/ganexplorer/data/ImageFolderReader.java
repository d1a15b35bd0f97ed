package ganexplorer.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads a folder of PNG/JPEG images, scaled and centre-cropped to size x size, grey or RGB. Images directly in the
 * folder are unlabelled; images in subfolders get the subfolder's index (in name order, among the subfolders that
 * hold images) as their label. An image that cannot be read stops the load with its name: nothing partial is used
 * silently. A class folder without images is left out with a warning on the {@link ImageSet}.
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
        for (Path p : list(folder)) {
            if (Files.isDirectory(p)) {
                classes.add(p);
            } else if (isImage(p)) {
                files.add(p);
                labels.add(-1);
            }
        }
        List<Path> empty = new ArrayList<>();
        int label = 0;
        for (Path c : classes) {
            List<Path> images = list(c).stream().filter(ImageFolderReader::isImage).toList();
            if (images.isEmpty()) {
                empty.add(c);
                continue;
            }
            for (Path p : images) {
                files.add(p);
                labels.add(label);
            }
            label++;
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(folder + ": holds no .png or .jpg images (subfolders are read as classes)");
        }
        List<String> warnings = new ArrayList<>();
        for (Path c : empty) {
            // left out rather than numbered: a conditional model would be asked to draw a class it never saw
            warnings.add(c + ": this class folder holds no .png or .jpg images; it is left out, and the " + label
                    + " class folders with images are numbered 0-" + (label - 1) + " in name order");
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
                labels.stream().mapToInt(Integer::intValue).toArray(), warnings);
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw FileProblems.unlistable(folder, e);
        }
    }

    private static boolean isImage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg");
    }

    private static BufferedImage load(Path p) {
        byte[] bytes;
        try {
            // read through NIO first: ImageIO.read(File) answers every access problem with "Can't read input file!"
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            throw FileProblems.unreadable(p, e);
        }
        try {
            BufferedImage img = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
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
