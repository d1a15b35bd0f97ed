package ganexplorer.ui;

import ganexplorer.lesson.Lesson;
import ganexplorer.lesson.View;
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
import ganexplorer.ui.lesson.LessonPanel;
import ganexplorer.ui.lesson.LessonPlayerModel;
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
    private final Stage stage;
    private final TrainerLink link;
    private final SettingsStore settings;
    private final ControlPanel controls;
    private final ToyPlane plane;
    private final MetricCharts charts = new MetricCharts();
    private final WassersteinReadout readout = new WassersteinReadout();
    private final FieldView field = new FieldView();
    private final ModeStripView modeStrip = new ModeStripView();
    private final ganexplorer.ui.weights.CriticWeightsView weights = new ganexplorer.ui.weights.CriticWeightsView();
    private final ganexplorer.ui.explain.ExplainView explain = new ganexplorer.ui.explain.ExplainView();
    private final TabPane rightTabs = new TabPane();
    private final LatentPanel latent = new LatentPanel();
    private final ImageGallery gallery = new ImageGallery();
    private final Tab dataTab = new Tab(Texts.get("tab.plane"));
    private VBox planeArea;
    private final TabPane centre = new TabPane();
    private final Label status = new Label(Texts.get("status.starting"));
    /** The lesson strip (when a lesson plays) above the status line. */
    private final VBox bottom = new VBox(status);
    private final NoticeBoard notices;
    private final Scene scene;
    private final java.util.function.Consumer<Snapshot> view = this::show;
    private final javafx.animation.Timeline expire;
    private java.util.function.Consumer<MainWindow> onReplaced = w -> { };
    private final FileOpening files;
    private final FileDialogs dialogs;
    private java.util.function.Consumer<ganexplorer.lesson.Lesson> lessons;
    private Snapshot last;
    private boolean stopped;
    /** The lesson playing, or null: kept across a language switch, which builds only a new panel around it. */
    private LessonPlayerModel lesson;
    private LessonPanel lessonPanel;
    private javafx.scene.control.Dialog<Void> about;
    private final PresenterMode presenter;
    private Node planeBar;

    public MainWindow(Stage stage, TrainerLink link, SettingsStore settings) {
        this(stage, link, settings, null);
    }

    /**
     * The window's content, new or built anew around the same trainer after a language switch: then the running
     * experiment, its preset, the notices and the open tab carry over, and training never stops.
     */
    private MainWindow(Stage stage, TrainerLink link, SettingsStore settings, MainWindow before) {
        this.stage = stage;
        this.link = link;
        this.settings = settings;
        notices = before == null ? new NoticeBoard(System::currentTimeMillis) : before.notices;
        PlaneLayers layers = new PlaneLayers();
        plane = new ToyPlane(layers);
        controls = before == null ? new ControlPanel(settings.initialConfig(), settings.presetName(), link::send, notices)
                : new ControlPanel(before.controls.config(), before.controls.presetName(), link::send, notices);
        files = new FileOpening(controls.model(), notices, settings.recentFiles(), settings::saveRecentFiles);
        // an opened lesson plays in this window's lesson player unless a caller wired another destination
        lessons = before == null ? null : before.lessons;
        files.onLesson(lessons != null ? lessons : this::playLesson);
        dialogs = new FileDialogs(stage, files, notices, () -> last, controls::presetName);
        presenter = new PresenterMode(controls, () -> lesson, () -> lessonPanel);

        BorderPane root = new BorderPane();
        root.getStyleClass().add("app");
        root.setTop(menus(stage));
        ScrollPane left = new ScrollPane(controls);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        if (Texts.language() == Language.ZH_CN) {
            // CJK lines are taller, so at 720 px the panel scrolls: room for its scroll bar, which otherwise covers
            // the fields' right edge (English fits and stays as it was)
            left.setMinWidth(controls.getPrefWidth() + 14);
            left.setPrefWidth(controls.getPrefWidth() + 14);
        }
        root.setLeft(left);
        planeArea = planeArea(layers);
        dataTab.setContent(planeArea);
        centre.getTabs().addAll(dataTab, new Tab(Texts.get("tab.latent"), latent));
        centre.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(centre);
        // the strip chart beside the curves: both read the same metric history
        rightTabs.getTabs().addAll(new Tab(Texts.get("tab.charts"), charts), new Tab(ModeStripView.tabText(), modeStrip),
                new Tab(ganexplorer.ui.weights.CriticWeightsView.tabText(), weights),
                new Tab(ganexplorer.ui.explain.ExplainView.tabText(), explain));
        rightTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        String tab = System.getProperty("ganexplorer.tab"); // a view to open on (demos, screenshots), by its lesson name
        if (before != null) {
            centre.getSelectionModel().select(before.centre.getSelectionModel().getSelectedIndex());
            rightTabs.getSelectionModel().select(before.rightTabs.getSelectionModel().getSelectedIndex());
        } else if (tab == null) {
            showPresetViews(controls.presetName()); // the preset it opens on brings its views forward
        } else if (ganexplorer.train.ExperimentFile.VIEWS.contains(tab)) {
            showLessonView(View.of(tab));
        }
        controls.model().presetProperty().addListener((o, was, now) -> showPresetViews(now));
        VBox right = new VBox(8, readout, rightTabs);
        VBox.setVgrow(rightTabs, Priority.ALWAYS);
        // a third of the window, so a 1280-wide projector still leaves the plane a square of ~480 px
        right.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(380, Math.min(600, PresenterMode.rightShare(presenter.isOn()) * root.getWidth())),
                root.widthProperty(), presenter.onProperty()));
        right.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        right.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        right.setPadding(new Insets(6));
        root.setRight(right);
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(bottom);
        if (before != null && before.lesson != null) {
            resumeLesson(before.lesson);
        }
        presenter.attach(root, left, planeBar);
        presenter.setOn(before != null ? before.presenter.isOn() : Boolean.getBoolean("ganexplorer.presenter"));

        // Sized: DesktopApp sets this scene on a stage already showing, and JavaFX never sizes a scene set that way,
        // so the first Node.snapshot() (an export) laid the root out at its preferred size, ~2,000 px tall, for good.
        // (Before the stage shows, its size is NaN and the scene is sized on show as before.)
        scene = new Scene(root, stage.getWidth(), stage.getHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("/ganexplorer/app.css").toExternalForm());
        if (Texts.fontFamily() != null) {
            scene.getStylesheets().add(fontSheet(Texts.fontFamily()));
        }
        dialogs.acceptDroppedFiles(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut); // a filter: a focused button or combo box must not eat Space

        // notices expire while nothing trains, too
        expire = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.millis(500), e -> {
                    showStatus();
                    presenter.refresh(); // a lesson's step or sentence changed while paused
                    controls.refreshMessage();
                }));
        expire.setCycleCount(javafx.animation.Animation.INDEFINITE);
        expire.play();
        // The views take snapshots from the frame after the scene's first layout on: chartfx read-locks a chart's data
        // sets as soon as the chart joins a scene and unlocks them after a layout pass, and a chart written before
        // that (a window built anew while training runs gets a snapshot on its very first frame) waited for ever.
        // A paused run sends no new snapshot, so the views then ask for the current one.
        boolean[] attached = {false};
        scene.addPostLayoutPulseListener(() -> { // stays registered: removing a listener while they run skips the next
            if (!attached[0] && !stopped) {
                attached[0] = true;
                link.addView(view);
                link.replay();
            }
        });
    }

    /**
     * A style sheet that sets the CJK family on the window and its popups (menus, tooltips, choice lists), which do
     * not inherit the root's inline style. Canvas text takes the same family from {@link CanvasFont}.
     */
    private static String fontSheet(String family) {
        String css = ".root, .app, .tooltip, .context-menu, .menu-item, .label, .text { -fx-font-family: \"" + family
                + "\"; }";
        return "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(
                css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A notice about the window as a whole, in the status line. */
    public void announce(Notice.Severity severity, String text) {
        notices.announce(severity, text);
    }

    /**
     * Opens an experiment, lesson or checkpoint file (File → Open, recent files, a dropped file, the command line).
     * A file that cannot be used is a notice that says why, and the running experiment goes on untouched.
     */
    public boolean open(Path file) {
        return files.open(file);
    }

    /** Where an opened lesson goes instead of this window's lesson player (tests, embedding). */
    public void onLesson(java.util.function.Consumer<ganexplorer.lesson.Lesson> action) {
        lessons = action;
        files.onLesson(action);
    }

    /** The newest notice's text, or null (tests). */
    public String noticeText() {
        Notice n = notices.current();
        return n == null ? null : n.text();
    }

    /** Called with the new window after a language switch replaced this one (the app keeps the newest). */
    public void onReplaced(java.util.function.Consumer<MainWindow> action) {
        onReplaced = action;
    }

    /**
     * Shows the window in {@code wanted}: the choice is remembered, and the content is built anew around the same
     * trainer, which keeps training. Without a CJK font Chinese gives way to English and a notice says why.
     */
    public MainWindow switchLanguage(Language wanted) {
        settings.saveLanguage(wanted);
        LanguageChoice choice = LanguageChoice.of(wanted, javafx.scene.text.Font.getFamilies());
        if (choice.language() == Texts.language()) {
            if (choice.notice() != null) {
                notices.announce(Notice.Severity.WARNING, choice.notice());
            }
            return this;
        }
        Texts.apply(choice);
        stop();
        MainWindow next = new MainWindow(stage, link, settings, this);
        next.onReplaced = onReplaced;
        stage.setScene(next.scene());
        onReplaced.accept(next);
        return next;
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
        stopped = true;
        link.removeView(view);
        expire.stop();
        latent.stop();
        if (lessonPanel != null) {
            lessonPanel.detach();
        }
    }

    private MenuBar menus(Stage stage) {
        MenuItem save = new MenuItem(Texts.get("menu.file.save"));
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> saveCheckpoint());
        MenuItem export = new MenuItem(Texts.get("menu.file.export"));
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> {
            if (centre.getSelectionModel().getSelectedIndex() == 1) {
                latent.startWalk(true);
            } else {
                exportPlane();
            }
        });
        MenuItem quit = new MenuItem(Texts.get("menu.file.quit"));
        quit.setOnAction(e -> stage.close());
        MenuItem open = new MenuItem(Texts.get("menu.file.open"));
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> dialogs.chooseAndOpen());
        Menu recent = new Menu(Texts.get("menu.file.recent"));
        recent.getItems().add(new MenuItem()); // a submenu with no items never shows: filled as it opens
        recent.setOnShowing(e -> dialogs.fillRecent(recent));
        dialogs.fillRecent(recent);
        MenuItem saveExperiment = new MenuItem(Texts.get("menu.file.saveExperiment"));
        saveExperiment.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        saveExperiment.setOnAction(e -> dialogs.saveExperiment());
        Menu file = new Menu(Texts.get("menu.file"), null, open, recent, saveExperiment,
                new javafx.scene.control.SeparatorMenuItem(), save, export, new javafx.scene.control.SeparatorMenuItem(),
                quit);

        Menu presets = new Menu(Texts.get("menu.presets"));
        Presets.forWindow().forEach(p -> {
            MenuItem item = new MenuItem(Texts.format("menu.presets.item", p.name(), Texts.summary(p)));
            item.setOnAction(e -> controls.loadPreset(p));
            presets.getItems().add(item);
        });
        MenuItem full = new MenuItem(Texts.get("menu.view.fullscreen"));
        full.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        full.setOnAction(e -> stage.setFullScreen(!stage.isFullScreen()));
        Menu language = new Menu(Texts.get("menu.view.language"));
        javafx.scene.control.ToggleGroup languages = new javafx.scene.control.ToggleGroup();
        for (Language l : Language.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(l.nativeName());
            item.setToggleGroup(languages);
            item.setSelected(l == Texts.language());
            item.setId("language-" + l.tag());
            // after the menu has closed: the switch replaces the scene this menu belongs to
            item.setOnAction(e -> javafx.application.Platform.runLater(() -> switchLanguage(l)));
            language.getItems().add(item);
        }
        Menu view = new Menu(Texts.get("menu.view"), null, full, presenter.menuItem(), language);
        MenuItem about = new MenuItem(Texts.get("menu.help.about"));
        about.setOnAction(e -> showAbout());
        Menu help = new Menu(Texts.get("menu.help"), null, about);
        return new MenuBar(file, presets, view, lessonsMenu(), help); // File, Presets, View stay first: tests find View at 2
    }

    /** Saves {@code s}'s setup in {@code file} (tests call this without the dialog). */
    boolean saveExperiment(Snapshot s, String preset, Path file) {
        return dialogs.saveExperiment(s, preset, file);
    }

    /** Help → About: the facts are gathered without FX ({@link AboutFacts}); the dialog only shows them. */
    public void showAbout() {
        about = AboutDialog.show(stage, AboutFacts.current(settings.node()), scene.getStylesheets());
    }

    /** The About dialog last shown, or null (tests, screenshots). */
    javafx.scene.control.Dialog<Void> aboutDialog() {
        return about;
    }

    private VBox planeArea(PlaneLayers layers) {
        CheckBox heat = check(Texts.get("plane.layer.heat"), layers.heatmap);
        CheckBox real = check(Texts.get("plane.layer.real"), layers.real);
        CheckBox fake = check(Texts.get("plane.layer.generated"), layers.generated);
        CheckBox manifold = check(Texts.get("plane.layer.manifold"), layers.manifold);
        CheckBox arrows = check(Texts.get("plane.layer.push"), layers.arrows);
        ToggleButton draw = new ToggleButton(Texts.get("plane.draw"));
        draw.selectedProperty().addListener((o, a, on) -> plane.setDrawing(on));
        Button train = new Button(Texts.get("plane.trainOnDrawing"));
        train.setOnAction(e -> controls.trainOn(plane.drawnCopy()));
        Button clear = new Button(Texts.get("plane.clear"));
        clear.setOnAction(e -> plane.drawnPoints().clear());
        FlowPane bar = new FlowPane(10, 6, heat, real, fake, manifold, arrows, draw, train, clear);
        bar.getStyleClass().add("plane-bar");
        planeBar = bar;
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
        weights.show(s);
        explain.show(s);
        readout.show(s);
        controls.show(s);
        if (stepped != null && s.pictures() instanceof PlanePictures) {
            plane.flash(stepped != Command.StepSize.GENERATOR_UPDATE, stepped != Command.StepSize.CRITIC_UPDATE);
        }
        if (lesson != null) {
            lesson.trained(s.experiment(), s.config(), s.step()); // before the status line: it shows a cue's notice
        }
        showStatus();
        presenter.show(s);
    }

    /** The run's state and the newest live notice, coloured by its severity. */
    private void showStatus() {
        Snapshot s = last;
        if (s == null) {
            return;
        }
        Notice n = notices.current();
        String text = Texts.format("status.line", state(s.state()), s.step(),
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
            name = Texts.get("tab.samples");
        } else if (pictures instanceof VectorFieldPictures) {
            wanted = field;
            name = FieldView.tabText();
        } else if (pictures instanceof PlanePictures) {
            wanted = planeArea;
            name = Texts.get("tab.plane");
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

    public ganexplorer.ui.weights.CriticWeightsView criticWeights() {
        return weights;
    }

    public ganexplorer.ui.explain.ExplainView explain() {
        return explain;
    }

    /** Shows the Explain tab in place of the charts. */
    public void showExplain() {
        rightTabs.getSelectionModel().select(3);
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

    static String state(RunState s) {
        return switch (s) {
            case RUNNING -> Texts.get("state.running");
            case PAUSED -> Texts.get("state.paused");
            case STARTING -> Texts.get("state.starting");
            case FINISHED -> Texts.get("state.finished");
            case STOPPED -> Texts.get("state.stopped");
        };
    }

    private void shortcut(KeyEvent e) {
        if (!e.isShortcutDown() && presenter.key(e)) { // first: in presenter mode no key reaches the hidden settings
            e.consume();
            return;
        }
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
            notices.announce(Notice.Severity.SUCCESS, Texts.format("notice.saved", file));
        } catch (IOException | RuntimeException e) {
            notices.announce(Notice.Severity.ERROR, Texts.format("notice.pictureFailed", e.getMessage()));
        }
    }

    private static String stamp() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }

    /** The shipped lessons, after View (File, Presets, View keep their places). */
    private Menu lessonsMenu() {
        Menu menu = new Menu(Texts.get("menu.lessons"));
        for (String name : Lesson.BUILT_IN) {
            Lesson l = Lesson.builtIn(name);
            MenuItem item = new MenuItem(l.title().in(Texts.language().locale()));
            item.setId("lesson-" + name);
            item.setOnAction(e -> playLesson(l));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Plays {@code l} from its first step, in place of any lesson playing (the Lessons menu, File → Open, start-up). */
    public void playLesson(Lesson l) {
        closeLesson();
        resumeLesson(new LessonPlayerModel(l, null));
        lesson.start();
    }

    /** Ends the lesson; the experiment running goes on. */
    public void closeLesson() {
        if (lessonPanel != null) {
            lessonPanel.detach();
            bottom.getChildren().remove(lessonPanel);
        }
        lesson = null;
        lessonPanel = null;
    }

    /** The lesson playing, or null (tests). */
    public LessonPlayerModel lesson() {
        return lesson;
    }

    public LessonPanel lessonPanel() {
        return lessonPanel;
    }

    /** Takes over a lesson (a new one, or the one of the window this one replaced) with a panel of its own. */
    private void resumeLesson(LessonPlayerModel model) {
        lesson = model;
        model.setListener(new LessonCues(model, controls, link::send, notices, this::showLessonView, this::lessonView));
        lessonPanel = new LessonPanel(model, this::closeLesson);
        bottom.getChildren().add(0, lessonPanel);
        presenter.refresh(); // in presenter mode the banner shows the lesson, not the strip
    }

    private void showLessonView(View v) {
        switch (v) {
            case DATA -> centre.getSelectionModel().select(dataTab);
            case LATENT -> centre.getSelectionModel().select(1);
            case CHARTS -> rightTabs.getSelectionModel().select(0);
            case MODES -> rightTabs.getSelectionModel().select(1);
            case WEIGHTS -> rightTabs.getSelectionModel().select(2);
            case EXPLAIN -> rightTabs.getSelectionModel().select(3);
            case READOUT -> { } // always on screen, above the charts
        }
    }

    /** The right column's selected tab: 0 charts, 1 modes, 2 critic weights, 3 explain (tests). */
    int rightTabIndex() {
        return rightTabs.getSelectionModel().getSelectedIndex();
    }

    /** Brings forward the views a preset's file names (a preset chosen from the menu, the panel or at start). */
    private void showPresetViews(String presetName) {
        if (presetName != null) {
            Presets.byName(presetName).views().forEach(v -> showLessonView(View.of(v)));
        }
    }

    private Node lessonView(View v) {
        return switch (v) {
            case DATA -> dataTab.getContent();
            case LATENT -> latent;
            case CHARTS -> charts;
            case READOUT -> readout;
            case MODES -> modeStrip;
            case WEIGHTS -> weights;
            case EXPLAIN -> explain;
        };
    }

    /** The presenter view (F5), on or off. */
    public PresenterMode presenter() {
        return presenter;
    }

    /** Frame-gap figures of the running window (for the note and the smoothness test). */
    public FrameStats frameStats() {
        return link.frameStats();
    }
}
