package ganexplorer.ui;

import java.nio.file.Path;

/** Where the app saves what the user makes: ~/GAN Explorer, or -Dganexplorer.home (tests point it at a temp folder). */
public final class AppPaths {
    private AppPaths() {
    }

    public static Path home() {
        String custom = System.getProperty("ganexplorer.home");
        return custom != null ? Path.of(custom) : Path.of(System.getProperty("user.home"), "GAN Explorer");
    }

    public static Path exports() {
        return home().resolve("exports");
    }

    public static Path checkpoints() {
        return home().resolve("checkpoints");
    }
}
