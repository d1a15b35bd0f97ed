package ganexplorer.data;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Training data by what the user typed: a built-in toy name, {@code digits} (the bundled set), or a path whose shape
 * picks the loader - a CIFAR-10 {@code .bin} batch or a folder holding {@code data_batch_*.bin}, a folder of
 * PNG/JPEG images (read as {@value #FOLDER_SIZE} x {@value #FOLDER_SIZE} RGB), or any other file as IDX images
 * (with the labels file beside it when its name says where: {@code images-idx3} becomes {@code labels-idx1}).
 * The last image sets loaded are kept: they are immutable and a restart should not read them again. What a loader
 * warns about (an IDX file longer than its header says, an empty class folder) stays on {@link ImageSet#warnings()}
 * and is logged once at WARN when the set is read, which is how the CLI prints it.
 */
public final class Datasets {
    private static final Logger LOG = LoggerFactory.getLogger(Datasets.class);
    private static final String PATH_CHOICES = "the path of an IDX image file (MNIST format), a CIFAR-10 .bin batch, a"
            + " folder of CIFAR-10 batches or a folder of PNG/JPEG images";
    public static final String DIGITS = "digits";
    static final int FOLDER_SIZE = 32;
    /** The last few image sets, newest last: a restart or a config check must not read a file again. */
    private static final int KEEP = 2;
    private static final Map<String, ImageData> LOADED = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImageData> eldest) {
            return size() > KEEP; // a CIFAR-10 set is about 0.8 GB in memory: do not hoard them
        }
    };

    private Datasets() {
    }

    /** Built-in names: the toy sets, then the bundled digits. */
    public static List<String> builtInNames() {
        List<String> names = new ArrayList<>(ToyDatasets.names());
        names.add(DIGITS);
        return names;
    }

    public static TrainingData byName(String nameOrPath) {
        if (nameOrPath.equals(PointMass.NAME)) {
            return PointMass.AT_ZERO; // the Dirac GAN's own data: not offered beside the others, it fits no network
        }
        if (ToyDatasets.names().contains(nameOrPath)) {
            return ToyDatasets.byName(nameOrPath);
        }
        if (nameOrPath.equals(DIGITS)) {
            return cached(DIGITS, () -> ImageData.of(DIGITS, BundledDigits.load()));
        }
        Path path = Path.of(nameOrPath);
        requireReachable(nameOrPath, path);
        String key = path.toAbsolutePath().normalize() + "@" + lastModified(path);
        return cached(key, () -> ImageData.of(nameOrPath, warned(load(path))));
    }

    /**
     * Files.exists says false for a missing path, a symbolic-link loop and a folder on the way that may not be
     * searched alike; the attributes' exception tells them apart, so each gets its own message.
     */
    private static void requireReachable(String nameOrPath, Path path) {
        try {
            Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(path)) {
                throw new IllegalArgumentException(path + ": is a symbolic link to " + linkTarget(path)
                        + ", which does not exist");
            }
            throw notFound(nameOrPath, path);
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException(path + ": cannot be read: permission denied; fix the permissions of the"
                    + " folders above it so this user can reach it");
        } catch (IOException e) {
            if (FileProblems.isLinkLoop(e)) {
                throw new IllegalArgumentException(path + ": is a symbolic-link loop (following its links never reaches"
                        + " a file or folder); point the link at the data");
            }
            throw FileProblems.unreadable(path, e);
        }
    }

    private static IllegalArgumentException notFound(String nameOrPath, Path path) {
        String builtIn = String.join(", ", builtInNames());
        // "ring9" is a mistyped name more often than a missing file; "~/data/x.gz" is a path
        boolean pathLike = nameOrPath.contains("/") || nameOrPath.contains(File.separator) || nameOrPath.contains(".");
        if (pathLike) {
            return new IllegalArgumentException("no such file or folder: " + path.toAbsolutePath() + "; give " + PATH_CHOICES
                    + ", or one of the built-in datasets: " + builtIn);
        }
        return new IllegalArgumentException("unknown dataset '" + nameOrPath + "' (not a built-in name, and no such file"
                + " or folder: " + path.toAbsolutePath() + "); choose one of " + builtIn + ", or give " + PATH_CHOICES);
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a path";
        }
    }

    private static ImageSet warned(ImageSet set) {
        set.warnings().forEach(w -> LOG.warn("{}", w));
        return set;
    }

    /** Loads outside the lock (a large file takes seconds); two threads asking at once may both read it. */
    private static ImageData cached(String key, Supplier<ImageData> loader) {
        synchronized (LOADED) {
            ImageData known = LOADED.get(key);
            if (known != null) {
                return known;
            }
        }
        ImageData loaded = loader.get();
        synchronized (LOADED) {
            LOADED.put(key, loaded);
        }
        return loaded;
    }

    private static ImageSet load(Path path) {
        if (Files.isDirectory(path)) {
            List<Path> batches = cifarBatches(path);
            return batches.isEmpty() ? ImageFolderReader.read(path, FOLDER_SIZE, true) : CifarReader.read(batches);
        }
        if (path.getFileName().toString().endsWith(".bin")) {
            return CifarReader.read(List.of(path));
        }
        return IdxReader.read(path, labelsBeside(path));
    }

    private static List<Path> cifarBatches(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("data_batch_\\d+\\.bin")).sorted().toList();
        } catch (IOException e) {
            throw FileProblems.unlistable(folder, e);
        }
    }

    /** MNIST and Fashion-MNIST name their pairs train-images-idx3-ubyte / train-labels-idx1-ubyte (.gz or not). */
    static Path labelsBeside(Path images) {
        String name = images.getFileName().toString();
        String labels = name.replace("images-idx3", "labels-idx1").replace("images.idx3", "labels.idx1");
        if (labels.equals(name)) {
            return null;
        }
        Path candidate = images.resolveSibling(labels);
        return Files.isRegularFile(candidate) ? candidate : null;
    }

    private static long lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
