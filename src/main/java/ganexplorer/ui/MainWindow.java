package ganexplorer.ui;

import ganexplorer.objective.Objective;
import ganexplorer.train.Command;
import ganexplorer.train.ImagePictures;
import ganexplorer.train.Notice;
import ganexplorer.train.Pictures;
import ganexplorer.train.PlanePictures;
import ganexplorer.train.Presets;
import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import ganexplorer.train.VectorFieldPictures;
import ganexplorer.ui.charts.MetricCharts;
import ganexplorer.ui.images.ImageGallery;
import ganexplorer.ui.latent.LatentPanel;
import ganexplorer.ui.controls.ControlPanel;
import ganexplorer.ui.field.FieldView;
import ganexplorer.ui.modes.ModeStripView;
import ganexplorer.ui.plane.PlaneLayers;
import ganexplorer.ui.plane.ToyPlane;
import ganexplorer.ui.readout.WassersteinReadout;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Lays out the views around the trainer link, wires the menus and keyboard shortcuts. */
public final class MainWindow {
    private final TrainerLink link;
    private final ControlPanel controls;
    private final ToyPlane plane;
    private final MetricCharts charts = new MetricCharts();
    private final WassersteinReadout readout = new WassersteinReadout();
    private final FieldView field = new FieldView();
    private final ModeStripView modeStrip = new ModeStripView();
    private final TabPane rightTabs = new TabPane();
    private final LatentPanel latent = new LatentPanel();
    private final ImageGallery gallery = new ImageGallery();
    private final Tab dataTab = new Tab("Data plane");
    private VBox planeArea;
    private final TabPane centre = new TabPane();
    private final Label status = new Label("Starting the numeric engine (ND4J)…");
    private final NoticeBoard notices = new NoticeBoard(System::currentTimeMillis);
    private final Scene scene;
    private Snapshot last;

    public MainWindow(Stage stage, TrainerLink link, SettingsStore settings) {
        this.link = link;
        PlaneLayers layers = new PlaneLayers();
        plane = new ToyPlane(layers);
        controls = new ControlPanel(settings.initialConfig(), settings.presetName(), link::send, notices);

        BorderPane root = new BorderPane();
        root.getStyleClass().add("app");
        root.setTop(menus(stage));
        ScrollPane left = new ScrollPane(controls);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setLeft(left);
        planeArea = planeArea(layers);
        dataTab.setContent(planeArea);
        centre.getTabs().addAll(dataTab, new Tab("Latent space", latent));
        centre.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if ("latent".equals(System.getProperty("ganexplorer.tab"))) { // opens on the latent view (demos, screenshots)
            centre.getSelectionModel().select(1);
        }
        root.setCenter(centre);
        // the strip chart beside the curves: both read the same metric history
        rightTabs.getTabs().addAll(new Tab("Charts", charts), new Tab(ModeStripView.tabText(), modeStrip));
        rightTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if ("modes".equals(System.getProperty("ganexplorer.tab"))) { // opens on the strip (demos, screenshots)
            rightTabs.getSelectionModel().select(1);
        }
        VBox right = new VBox(8, readout, rightTabs);
        VBox.setVgrow(rightTabs, Priority.ALWAYS);
        // a third of the window, so a 1280-wide projector still leaves the plane a square of ~480 px
        right.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(380, Math.min(600, 0.34 * root.getWidth())), root.widthProperty()));
        right.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        right.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        right.setPadding(new Insets(6));
        root.setRight(right);
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(status);

        // Sized: DesktopApp sets this scene on a stage already showing, and JavaFX never sizes a scene set that way,
        // so the first Node.snapshot() (an export) laid the root out at its preferred size, ~2,000 px tall, for good.
        // (Before the stage shows, its size is NaN and the scene is sized on show as before.)
        scene = new Scene(root, stage.getWidth(), stage.getHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("/ganexplorer/app.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut); // a filter: a focused button or combo box must not eat Space

        link.addView(this::show);
        // notices expire while nothing trains, too
        javafx.animation.Timeline expire = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.millis(500), e -> {
                    showStatus();
                    controls.refreshMessage();
                }));
        expire.setCycleCount(javafx.animation.Animation.INDEFINITE);
        expire.play();
    }

    public Scene scene() {
        return scene;
    }

    public ControlPanel controls() {
        return controls;
    }

    public ToyPlane plane() {
        return plane;
    }

    public MetricCharts charts() {
        return charts;
    }

    public WassersteinReadout readout() {
        return readout;
    }

    /** The status line's text (tests). */
    public String statusText() {
        return status.getText();
    }

    public LatentPanel latent() {
        return latent;
    }

    public void showLatentTab() {
        centre.getSelectionModel().select(1);
    }

    /** Stops the window's own workers (the latent view's inference thread). */
    public void stop() {
        latent.stop();
    }

    private MenuBar menus(Stage stage) {
        MenuItem save = new MenuItem("Save checkpoint");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> saveCheckpoint());
        MenuItem export = new MenuItem("Export (the walk on the latent tab, else a picture of the data tab)");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> {
            if (centre.getSelectionModel().getSelectedIndex() == 1) {
                latent.startWalk(true);
            } else {
                exportPlane();
            }
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, save, export, quit);

        Menu presets = new Menu("Presets");
        Presets.forWindow().forEach(p -> {
            MenuItem item = new MenuItem(p.name() + ": " + p.summary());
            item.setOnAction(e -> controls.loadPreset(p));
            presets.getItems().add(item);
        });
        MenuItem full = new MenuItem("Full screen");
        full.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        full.setOnAction(e -> stage.setFullScreen(!stage.isFullScreen()));
        Menu view = new Menu("View", null, full);
        return new MenuBar(file, presets, view);
    }

    private VBox planeArea(PlaneLayers layers) {
        CheckBox heat = check("heat map", layers.heatmap);
        CheckBox real = check("real", layers.real);
        CheckBox fake = check("generated", layers.generated);
        CheckBox manifold = check("manifold", layers.manifold);
        CheckBox arrows = check("G's push", layers.arrows);
        ToggleButton draw = new ToggleButton("Draw");
        draw.selectedProperty().addListener((o, a, on) -> plane.setDrawing(on));
        Button train = new Button("Train on drawing");
        train.setOnAction(e -> controls.trainOn(plane.drawnCopy()));
        Button clear = new Button("Clear");
        clear.setOnAction(e -> plane.drawnPoints().clear());
        FlowPane bar = new FlowPane(10, 6, heat, real, fake, manifold, arrows, draw, train, clear);
        bar.getStyleClass().add("plane-bar");
        VBox box = new VBox(6, bar, plane);
        VBox.setVgrow(plane, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle(); // the plane never spills out of its tab
        clip.widthProperty().bind(box.widthProperty());
        clip.heightProperty().bind(box.heightProperty());
        box.setClip(clip);
        return box;
    }

    private static CheckBox check(String text, javafx.beans.property.BooleanProperty property) {
        CheckBox c = new CheckBox(text);
        c.selectedProperty().bindBidirectional(property);
        return c;
    }

    private void show(Snapshot s) {
        Command.StepSize stepped = controls.takeStepShown(s);
        last = s;
        boolean images = s.images();
        showDataView(s.pictures());
        if (images) {
            gallery.show(s);
        } else if (s.pictures() instanceof VectorFieldPictures) {
            field.show(s);
        } else {
            plane.show(s);
        }
        latent.show(s);
        charts.show(s);
        modeStrip.show(s);
        readout.show(s);
        controls.show(s);
        if (stepped != null && s.pictures() instanceof PlanePictures) {
            plane.flash(stepped != Command.StepSize.GENERATOR_UPDATE, stepped != Command.StepSize.CRITIC_UPDATE);
        }
        showStatus();
    }

    /** The run's state and the newest live notice, coloured by its severity. */
    private void showStatus() {
        Snapshot s = last;
        if (s == null) {
            return;
        }
        Notice n = notices.current();
        String text = String.format(Locale.ROOT, "%s · step %,d · %s on %s · %.0f steps/s%s", state(s.state()), s.step(),
                s.objective().id(), ganexplorer.ui.controls.ControlsModel.datasetLabel(s.dataset()), s.stepsPerSecond(),
                n == null ? "" : " · " + n.text());
        if (!text.equals(status.getText())) {
            status.setText(text);
        }
        for (Notice.Severity sev : Notice.Severity.values()) {
            status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(sev.name().toLowerCase(Locale.ROOT)),
                    n != null && n.severity() == sev);
        }
    }

    /**
     * The first tab shows the plane for 2-D data, the sample mosaics for images and the (theta, psi) plane for the
     * Dirac GAN: one view per kind of the sealed {@link Pictures}.
     */
    private void showDataView(Pictures pictures) {
        Node wanted;
        String name;
        if (pictures instanceof ImagePictures) {
            wanted = gallery;
            name = "Samples";
        } else if (pictures instanceof VectorFieldPictures) {
            wanted = field;
            name = FieldView.tabText();
        } else if (pictures instanceof PlanePictures) {
            wanted = planeArea;
            name = "Data plane";
        } else {
            throw new IllegalStateException("no view for " + pictures.getClass().getSimpleName());
        }
        if (dataTab.getContent() != wanted) {
            dataTab.setContent(wanted);
            dataTab.setText(name);
        }
    }

    public ImageGallery gallery() {
        return gallery;
    }

    public FieldView field() {
        return field;
    }

    public ModeStripView modeStrip() {
        return modeStrip;
    }

    /** Shows the modes-over-time strip in place of the charts. */
    public void showModeStrip() {
        rightTabs.getSelectionModel().select(1);
    }

    /** The first tab's view as shown now (tests). */
    public Node dataView() {
        return dataTab.getContent();
    }

    private static String state(RunState s) {
        return switch (s) {
            case RUNNING -> "Training";
            case PAUSED -> "Paused";
            case STARTING -> "Starting";
            case FINISHED -> "Finished";
            case STOPPED -> "Stopped";
        };
    }

    private void shortcut(KeyEvent e) {
        if (scene.getFocusOwner() instanceof TextInputControl || e.isShortcutDown()) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.SPACE) {
            controls.toggleRun();
        } else if (k == KeyCode.S) {
            controls.step(Command.StepSize.ITERATION);
        } else if (k.isDigitKey() && k.getName().length() == 1) {
            int index = k.getName().charAt(0) - '1';
            if (index >= 0 && index < Objective.IDS.size()) {
                controls.swapTo(Objective.IDS.get(index));
            }
        } else {
            return;
        }
        e.consume();
    }

    private void saveCheckpoint() {
        Snapshot s = last;
        String name = (s == null ? "run" : s.dataset() + "-" + s.objective().id() + "-step" + s.step()) + "-" + stamp();
        link.send(new Command.SaveCheckpoint(AppPaths.checkpoints().resolve(name)));
    }

    private void exportPlane() {
        Node shown = dataTab.getContent();
        javafx.scene.layout.Region view = shown == gallery ? gallery : shown == field ? field : plane;
        String kind = shown == gallery ? "samples-" : shown == field ? "game-" : "plane-";
        Path file = AppPaths.exports().resolve(kind + (last == null ? 0 : last.step()) + "-" + stamp() + ".png");
        try {
            ganexplorer.ui.plane.PlaneExport.write(view, file); // as on screen, legend included
            notices.announce(Notice.Severity.SUCCESS, "Saved " + file);
        } catch (IOException | RuntimeException e) {
            notices.announce(Notice.Severity.ERROR, "Could not save the picture: " + e.getMessage());
        }
    }

    private static String stamp() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }

    /** Frame-gap figures of the running window (for the note and the smoothness test). */
    public FrameStats frameStats() {
        return link.frameStats();
    }
}
