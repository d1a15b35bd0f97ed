package ganexplorer.ui.latent;

import ganexplorer.ui.Texts;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Writes a latent walk's frames as a PNG strip and as a looping animated GIF (javax.imageio only). */
public final class WalkExport {
    /** Frames are scaled to this many pixels square. */
    public static final int FRAME_SIZE = 220;

    private WalkExport() {
    }

    /** Saves a recorded walk as walk-STAMP.png (strip) and .gif in {@code folder}; returns what to tell the user. */
    public static String saveWalk(List<BufferedImage> frames, Path folder) {
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path strip = folder.resolve("walk-" + stamp + ".png");
        Path gif = folder.resolve("walk-" + stamp + ".gif");
        try {
            writeStrip(frames, 8, strip);
            writeGif(frames, 60, gif);
            return Texts.format("walk.saved", strip.getFileName(), gif.getFileName(), folder.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            return Texts.format("walk.saveFailed", e.getMessage());
        }
    }

    /** Up to {@code maxTiles} evenly spaced frames side by side (first and last always included). */
    public static void writeStrip(List<BufferedImage> frames, int maxTiles, Path file) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a walk strip needs at least one frame");
        }
        int tiles = Math.min(maxTiles, frames.size());
        int w = frames.get(0).getWidth();
        int h = frames.get(0).getHeight();
        BufferedImage strip = new BufferedImage(w * tiles, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = strip.createGraphics();
        for (int t = 0; t < tiles; t++) {
            int index = tiles == 1 ? 0 : (int) Math.round((double) t * (frames.size() - 1) / (tiles - 1));
            g.drawImage(frames.get(index), t * w, 0, null);
        }
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(strip, "png", file.toFile());
    }

    /** An animated GIF that loops forever, {@code delayMillis} per frame (GIF counts in hundredths of a second). */
    public static void writeGif(List<BufferedImage> frames, int delayMillis, Path file) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        ImageWriter writer = ImageIO.getImageWritersBySuffix("gif").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(
                ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_INT_RGB), param);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(1, delayMillis / 10)));
        control.setAttribute("transparentColorIndex", "0");
        IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
        app.setAttribute("applicationID", "NETSCAPE");
        app.setAttribute("authenticationCode", "2.0");
        app.setUserObject(new byte[] {1, 0, 0}); // loop forever
        child(root, "ApplicationExtensions").appendChild(app);
        meta.setFromTree(format, root);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage f : frames) {
                writer.writeToSequence(new IIOImage(rgb(f), null, meta), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** Scales a frame down to {@code size} pixels square for the strip and the GIF. */
    public static BufferedImage thumbnail(BufferedImage frame, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(frame, 0, 0, size, size, null);
        g.dispose();
        return out;
    }

    private static BufferedImage rgb(BufferedImage f) {
        if (f.getType() == BufferedImage.TYPE_INT_RGB) {
            return f;
        }
        BufferedImage out = new BufferedImage(f.getWidth(), f.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.createGraphics().drawImage(f, 0, 0, null);
        return out;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
