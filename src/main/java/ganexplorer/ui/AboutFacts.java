package ganexplorer.ui;

import ganexplorer.train.Provenance;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What Help → About shows, gathered without FX so it can be tested: the build (version, commit), the runtimes, the
 * BLAS that ND4J loaded, and where the app keeps its settings and what it saves.
 *
 * @param settings where java.util.prefs keeps the window's settings on this system
 */
public record AboutFacts(String version, String commit, String java, String javafx, String blas, String settings,
                         Path exports, Path checkpoints) {
    private static final String UNKNOWN = "unknown";

    /** This process now; {@code settingsNode} is the preferences node the app uses. */
    public static AboutFacts current(String settingsNode) {
        Provenance p = Provenance.current();
        String java = System.getProperty("java.version", UNKNOWN) + " (" + System.getProperty("java.vendor", UNKNOWN) + ")";
        // set by the JavaFX runtime once it is up; absent in a test without the toolkit
        String fx = System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", UNKNOWN));
        return new AboutFacts(p.appVersion(), p.gitCommit(), java, fx, p.blas(), settingsPlace(settingsNode),
                AppPaths.exports(), AppPaths.checkpoints());
    }

    /** java.util.prefs' own places: a file tree on Linux, the registry on Windows, a plist on macOS. */
    static String settingsPlace(String node) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "HKEY_CURRENT_USER\\Software\\JavaSoft\\Prefs\\" + node;
        }
        if (os.startsWith("mac")) {
            return Path.of(System.getProperty("user.home"), "Library", "Preferences",
                    "com.apple.java.util.prefs.plist").toString();
        }
        String root = System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home"));
        return Path.of(root, ".java", ".userPrefs", node).toString();
    }
}
