package ganexplorer;

import ganexplorer.cli.Cli;
import ganexplorer.train.SystemOpenBlas;

/**
 * Entry point of the jar. With no arguments it opens the desktop app, otherwise it runs the headless CLI. It does not
 * extend a JavaFX class itself, so the jar starts from a plain class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        SystemOpenBlas.preferIfInstalled();
        if (args.length == 0) {
            ganexplorer.ui.DesktopApp.launchApp(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
