package ganexplorer.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files opened last, newest first, at most {@link #MAX}; each once. */
public record RecentFiles(List<Path> files) {
    public static final int MAX = 5;

    public RecentFiles {
        List<Path> kept = new ArrayList<>();
        for (Path p : files == null ? List.<Path>of() : files) {
            Path normal = p.toAbsolutePath().normalize();
            if (!kept.contains(normal) && kept.size() < MAX) {
                kept.add(normal);
            }
        }
        files = List.copyOf(kept);
    }

    public static RecentFiles none() {
        return new RecentFiles(List.of());
    }

    /** With {@code opened} first. */
    public RecentFiles with(Path opened) {
        List<Path> next = new ArrayList<>();
        next.add(opened);
        next.addAll(files);
        return new RecentFiles(next);
    }

    /** Without {@code gone} (a file that no longer opens). */
    public RecentFiles without(Path gone) {
        Path normal = gone.toAbsolutePath().normalize();
        return new RecentFiles(files.stream().filter(p -> !p.equals(normal)).toList());
    }
}
