package ganexplorer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Training data by what the user typed: a built-in toy name, {@code digits} (the bundled set), or a path whose shape
 * picks the loader - a CIFAR-10 {@code .bin} batch or a folder holding {@code data_batch_*.bin}, a folder of
 * PNG/JPEG images (read as {@value #FOLDER_SIZE} x {@value #FOLDER_SIZE} RGB), or any other file as IDX images
 * (with the labels file beside it when its name says where: {@code images-idx3} becomes {@code labels-idx1}).
 * The last image sets loaded are kept: they are immutable and a restart should not read them again.
 */
public final class Datasets {
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
        if (ToyDatasets.names().contains(nameOrPath)) {
            return ToyDatasets.byName(nameOrPath);
        }
        if (nameOrPath.equals(DIGITS)) {
            return cached(DIGITS, () -> ImageData.of(DIGITS, BundledDigits.load()));
        }
        Path path = Path.of(nameOrPath);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("unknown dataset '" + nameOrPath + "'; choose one of "
                    + String.join(", ", builtInNames()) + ", or give the path of an IDX image file (MNIST format), a"
                    + " CIFAR-10 .bin batch, a folder of CIFAR-10 batches or a folder of PNG/JPEG images");
        }
        String key = path.toAbsolutePath().normalize() + "@" + lastModified(path);
        return cached(key, () -> ImageData.of(nameOrPath, load(path)));
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
            throw new IllegalArgumentException(folder + ": cannot be listed: " + e.getMessage());
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
