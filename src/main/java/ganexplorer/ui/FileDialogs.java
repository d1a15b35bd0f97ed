package ganexplorer.ui;

import ganexplorer.train.Notice;
import ganexplorer.train.Snapshot;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

/**
 * The File menu's dialogs and gestures around {@link FileOpening}: Open (a chooser), Open recent, a file dropped on
 * the window, and Save experiment (a chooser that asks before replacing, then a whole-or-nothing write).
 */
final class FileDialogs {
    private final Stage stage;
    private final FileOpening files;
    private final NoticeBoard notices;
    private final Supplier<Snapshot> last;
    private final Supplier<String> presetName;

    FileDialogs(Stage stage, FileOpening files, NoticeBoard notices, Supplier<Snapshot> last,
                Supplier<String> presetName) {
        this.stage = stage;
        this.files = files;
        this.notices = notices;
        this.last = last;
        this.presetName = presetName;
    }

    void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : files.recent().files()) {
            Path parent = p.getParent();
            MenuItem item = new MenuItem(Texts.format("menu.file.recent.item", p.getFileName(),
                    parent == null ? "" : parent));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> files.open(p));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Texts.get("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private javafx.stage.FileChooser chooser(String title) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new javafx.stage.FileChooser.ExtensionFilter(Texts.get("file.filter.ganx"), "*.ganx", "*.json"),
                new javafx.stage.FileChooser.ExtensionFilter(Texts.get("file.filter.all"), "*"));
        java.io.File home = AppPaths.home().toFile();
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        return chooser;
    }

    void chooseAndOpen() {
        java.io.File chosen = chooser(Texts.get("file.chooser.open")).showOpenDialog(stage);
        if (chosen != null) {
            files.open(chosen.toPath());
        }
    }

    /** A file dropped on the window opens as File → Open would open it. */
    void acceptDroppedFiles(Scene target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                java.io.File dropped = e.getDragboard().getFiles().get(0);
                // after the drop is finished: opening may start a new experiment
                javafx.application.Platform.runLater(() -> files.open(dropped.toPath()));
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /**
     * Writes the running setup (the experiment as started, its seed, the swaps made so far) as an experiment file.
     * The save dialog asks before it replaces a file; the file is written whole or not at all.
     */
    void saveExperiment() {
        Snapshot s = last.get();
        if (s == null) {
            notices.announce(Notice.Severity.INFO, Texts.get("file.save.notYet"));
            return;
        }
        String preset = presetName.get();
        javafx.stage.FileChooser chooser = chooser(Texts.get("file.chooser.save"));
        chooser.setInitialFileName((preset == null ? "experiment" : preset) + "-step" + s.step() + ".ganx");
        java.io.File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            saveExperiment(s, preset, withExtension(chosen.toPath()));
        }
    }

    /** The file chooser does not add the extension; add it when that names no file the user was not asked about. */
    private static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        Path ganx = chosen.resolveSibling(name + ".ganx");
        return name.contains(".") || java.nio.file.Files.exists(ganx) ? chosen : ganx;
    }

    /** Saves {@code s}'s setup in {@code file} (tests call this without the dialog). */
    boolean saveExperiment(Snapshot s, String preset, Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try {
            ganexplorer.files.SavedExperiment.write(ganexplorer.files.SavedExperiment.of(base.isBlank() ? "experiment" : base,
                    Texts.format("file.saved.summary", preset == null ? Texts.get("controls.noPreset") : preset, s.step()),
                    s.config(), s.events(), s.step()), file);
            files.remember(file);
            notices.announce(Notice.Severity.SUCCESS, Texts.format("file.saved", file, s.config().seed(), s.events().size()));
            return true;
        } catch (RuntimeException e) {
            notices.announce(Notice.Severity.ERROR, Texts.format("file.saveFailed", file, e.getMessage()));
            return false;
        }
    }
}
