package ganexplorer;

import ganexplorer.cli.Cli;
import ganexplorer.train.SystemOpenBlas;

/**
 * Entry point of the jar. With no arguments it opens the desktop app, and with one existing .ganx or .json file (a
 * double-click on such a file) the app opens on that file; otherwise it runs the headless CLI. It does not extend a
 * JavaFX class itself, so the jar starts from a plain class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        SystemOpenBlas.preferIfInstalled();
        if (args.length == 0 || opensInTheApp(args)) {
            ganexplorer.ui.DesktopApp.launchApp(args);
            return;
        }
        System.exit(Cli.run(args));
    }

    /** One argument that names an existing experiment, lesson or checkpoint file: the app opens it. */
    static boolean opensInTheApp(String[] args) {
        if (args.length != 1) {
            return false;
        }
        String name = args[0].toLowerCase(java.util.Locale.ROOT);
        try {
            return (name.endsWith(".ganx") || name.endsWith(".json")) && java.nio.file.Files.isRegularFile(
                    java.nio.file.Path.of(args[0]));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
