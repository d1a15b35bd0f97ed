package ganexplorer.ui;

import ganexplorer.files.RecentFiles;
import ganexplorer.model.GanArchitecture;
import ganexplorer.train.Preset;
import ganexplorer.train.Presets;
import ganexplorer.train.TrainingConfig;
import ganexplorer.ui.controls.ModelSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/**
 * Remembers the window's place and size and the last run's settings between launches (java.util.prefs). Anything
 * it cannot read back falls back to the default preset, so a bad stored value never stops the app.
 */
public final class SettingsStore {
    static final String DEFAULT_PRESET = "ring-wgan-gp";
    private final Preferences prefs;
    private final String node;

    public SettingsStore(String node) {
        this.node = node;
        prefs = Preferences.userRoot().node(node);
    }

    /** The preferences node's name (Help → About says where it is kept). */
    public String node() {
        return node;
    }

    /** The preset to open with: -Dganexplorer.preset=NAME (demos, screenshots), else the last one used. */
    public String presetName() {
        String name = System.getProperty("ganexplorer.preset", prefs.get("preset", DEFAULT_PRESET));
        return Presets.forWindow().stream().anyMatch(p -> p.name().equals(name)) ? name : DEFAULT_PRESET;
    }

    /**
     * The language to open in: -Dganexplorer.language=en|zh_CN (demos, screenshots), else the one the user chose in
     * View → Language, else the system's (Chinese for any zh locale, English otherwise).
     */
    public Language language() {
        Language asked = Language.parse(System.getProperty("ganexplorer.language"));
        if (asked != null) {
            return asked;
        }
        Language chosen = Language.parse(prefs.get("language", null));
        return chosen != null ? chosen : Language.of(java.util.Locale.getDefault());
    }

    public void saveLanguage(Language l) {
        prefs.put("language", l.tag());
        flush();
    }

    /** The experiment to open with: the last preset, with the last dataset, model size and objective on top. */
    public TrainingConfig initialConfig() {
        Preset p = Presets.byName(presetName());
        TrainingConfig c = p.config();
        if (System.getProperty("ganexplorer.preset") != null) {
            return c; // asked for by name: exactly that preset
        }
        try {
            String dataset = prefs.get("dataset", c.dataset());
            if (!dataset.equals("points") && !dataset.equals(c.dataset())) {
                c = c.withDataset(dataset, null);
            }
            String objective = prefs.get("objective", c.objective());
            if (!objective.equals(c.objective())) {
                c = c.withObjective(objective).withHyperparameters(c.hyperparameters().afterSwapTo(c.hyperparameters().objective(objective)));
            }
            String size = prefs.get("modelSize", "");
            if (!size.isEmpty()) {
                GanArchitecture a = ModelSize.valueOf(size).applyTo(c.architecture(), c.data());
                c = c.withArchitecture(a);
            }
            return c.withSeed(prefs.getLong("seed", c.seed()));
        } catch (IllegalArgumentException e) {
            return p.config(); // stored values from an older version: start clean
        }
    }

    public void saveRun(String preset, TrainingConfig config, String objective) {
        if (preset != null) {
            prefs.put("preset", preset);
        }
        prefs.put("dataset", config.dataset());
        prefs.put("objective", objective);
        ModelSize size = ModelSize.of(config.architecture());
        prefs.put("modelSize", size == null ? "" : size.name());
        prefs.putLong("seed", config.seed());
        flush();
    }

    /** The files opened last (File → Open recent), newest first. */
    public RecentFiles recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RecentFiles.MAX; i++) {
            String path = prefs.get("recent." + i, null);
            if (path != null && !path.isBlank()) {
                try {
                    files.add(Path.of(path));
                } catch (java.nio.file.InvalidPathException e) {
                    // an entry this system cannot name: dropped
                }
            }
        }
        return new RecentFiles(files);
    }

    public void saveRecentFiles(RecentFiles recent) {
        for (int i = 0; i < RecentFiles.MAX; i++) {
            if (i < recent.files().size()) {
                prefs.put("recent." + i, recent.files().get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
        flush();
    }

    /** Sizes and places the window on the screen it opens on, never larger than that screen (see WindowPlacement). */
    public void restoreWindow(Stage stage) {
        javafx.geometry.Rectangle2D v = javafx.stage.Screen.getPrimary().getVisualBounds();
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        for (javafx.stage.Screen screen : javafx.stage.Screen.getScreens()) {
            if (Double.isFinite(x) && screen.getVisualBounds().contains(x + 40, y + 20)) {
                v = screen.getVisualBounds(); // the screen it was on last time
            }
        }
        WindowPlacement.Box remembered = prefs.getDouble("width", -1) > 0
                ? new WindowPlacement.Box(x, y, prefs.getDouble("width", -1), prefs.getDouble("height", -1)) : null;
        WindowPlacement.Box box = WindowPlacement.fit(remembered,
                new WindowPlacement.Box(v.getMinX(), v.getMinY(), v.getWidth(), v.getHeight()));
        stage.setX(box.x());
        stage.setY(box.y());
        stage.setWidth(box.width());
        stage.setHeight(box.height());
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    public void saveWindow(Stage stage) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isFullScreen()) {
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
        }
        flush();
    }

    public void clear() {
        try {
            prefs.clear();
        } catch (BackingStoreException ignored) {
            // nothing stored
        }
    }

    private void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException ignored) {
            // preferences are a convenience; the app works without them
        }
    }
}
