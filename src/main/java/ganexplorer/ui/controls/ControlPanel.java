package ganexplorer.ui.controls;

import ganexplorer.data.Datasets;
import ganexplorer.data.Point;
import ganexplorer.objective.Objective;
import ganexplorer.train.Command;
import ganexplorer.train.Notice;
import ganexplorer.train.Presets;
import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import ganexplorer.train.TrainingConfig;
import ganexplorer.ui.NoticeBoard;
import ganexplorer.ui.Texts;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * Every training setting and the run buttons: a view of {@link ControlsModel}, which derives what it shows from the
 * newest snapshot. Settings that need fresh networks (dataset, model, preset) start a new experiment; the objective
 * swaps at the next step boundary with the weights kept; the rest applies between steps.
 */
public final class ControlPanel extends VBox {
    private final ControlsModel model;
    private final NoticeBoard notices;
    private final MenuButton preset = new MenuButton();
    private final Button restore = new Button(Texts.get("controls.restore"));
    private final ComboBox<String> dataset = new ComboBox<>();
    private final ChoiceBox<ModelChoice> size = new ChoiceBox<>();
    private final ComboBox<String> objective = new ComboBox<>();
    private final TextField generatorRate = field(Texts.get("controls.tip.gRate"));
    private final TextField criticRate = field(Texts.get("controls.tip.dRate"));
    private final TextField batch = field(Texts.get("controls.tip.batch"));
    private final TextField criticSteps = field(Texts.get("controls.tip.criticSteps"));
    private final TextField clip = field(Texts.get("controls.tip.clip"));
    private final TextField lambda = field(Texts.get("controls.tip.lambda"));
    private final TextField seed = field(Texts.get("controls.tip.seed"));
    private final Button run = new Button(Texts.get("controls.pause"));
    private final Label message = new Label();
    private final Label watch = new Label();
    private SettingsForm shownForm;
    private boolean updating;

    public ControlPanel(TrainingConfig initial, String presetName, Consumer<Command> send, NoticeBoard notices) {
        this.notices = notices;
        this.model = new ControlsModel(initial, presetName, send, notices);
        getStyleClass().add("control-panel");
        // a CJK font's lines are taller: tighter rows keep the run buttons on a 720-px screen in Chinese too
        boolean cjk = Texts.fontFamily() != null;
        setSpacing(cjk ? 4 : 8);
        setPadding(new Insets(10));
        setPrefWidth(300);
        setMinWidth(Region.USE_PREF_SIZE);

        Presets.forWindow().forEach(p -> {
            MenuItem item = new MenuItem(p.name());
            item.setOnAction(e -> model.choosePreset(p.name()));
            preset.getItems().add(item);
        });
        preset.setMaxWidth(Double.MAX_VALUE);
        preset.setTooltip(new Tooltip(Texts.get("controls.tip.preset")));
        restore.setTooltip(new Tooltip(Texts.get("controls.tip.restore")));
        restore.setOnAction(e -> model.restorePreset());
        restore.setMaxWidth(Double.MAX_VALUE);

        dataset.getItems().addAll(Datasets.builtInNames());
        dataset.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String nameOrPath) {
                return ControlsModel.datasetLabel(nameOrPath);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        dataset.setTooltip(new Tooltip(Texts.get("controls.tip.dataset")));
        size.setTooltip(new Tooltip(Texts.get("controls.tip.model")));
        objective.getItems().addAll(Objective.IDS);
        objective.setTooltip(new Tooltip(Texts.get("controls.tip.objective")));
        dataset.setOnAction(e -> {
            if (!updating) {
                model.chooseDataset(dataset.getValue());
            }
        });
        size.setOnAction(e -> {
            if (!updating) {
                model.chooseModel(size.getValue());
            }
        });
        objective.setOnAction(e -> {
            if (!updating) {
                model.swapTo(objective.getValue());
            }
        });
        for (Region r : new Region[] {dataset, size, objective}) {
            r.setMaxWidth(Double.MAX_VALUE);
        }

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(cjk ? 2 : 6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // labels are never cut to "Dat…"
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        form.addRow(row++, label(Texts.get("controls.dataset"), dataset), dataset);
        form.addRow(row++, new Label(""), openDataMenu());
        form.addRow(row++, label(Texts.get("controls.model"), size), size);
        form.addRow(row++, label(Texts.get("controls.objective"), objective), objective);
        form.addRow(row++, label(Texts.get("controls.gRate"), generatorRate), generatorRate);
        form.addRow(row++, label(Texts.get("controls.dRate"), criticRate), criticRate);
        form.addRow(row++, label(Texts.get("controls.batch"), batch), batch);
        form.addRow(row++, label(Texts.get("controls.criticSteps"), criticSteps), criticSteps);
        form.addRow(row++, label(Texts.get("controls.clip"), clip), clip);
        form.addRow(row++, label(Texts.get("controls.lambda"), lambda), lambda);
        Button apply = new Button(Texts.get("controls.apply"));
        apply.setTooltip(new Tooltip(Texts.get("controls.tip.apply")));
        apply.setOnAction(e -> applySettings());
        for (TextField f : new TextField[] {generatorRate, criticRate, batch, criticSteps, clip, lambda}) {
            f.setOnAction(e -> applySettings());
        }

        run.setOnAction(e -> model.toggleRun());
        run.setMaxWidth(Double.MAX_VALUE);
        run.setTooltip(new Tooltip(Texts.get("controls.tip.run")));
        Button stepD = stepButton(Texts.get("controls.stepD"), Command.StepSize.CRITIC_UPDATE, Texts.get("controls.tip.stepD"));
        Button stepG = stepButton(Texts.get("controls.stepG"), Command.StepSize.GENERATOR_UPDATE, Texts.get("controls.tip.stepG"));
        Button stepAll = stepButton(Texts.get("controls.iteration"), Command.StepSize.ITERATION,
                Texts.get("controls.tip.iteration"));
        HBox steps = new HBox(6, stepD, stepG, stepAll);
        Button reset = new Button(Texts.get("controls.reset"));
        reset.setTooltip(new Tooltip(Texts.get("controls.tip.reset")));
        reset.setOnAction(e -> model.reset(seed.getText()));
        seed.setPrefColumnCount(6);
        HBox resetRow = new HBox(6, label(Texts.get("controls.seed"), seed), seed, reset);
        resetRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        watch.setWrapText(true);
        watch.getStyleClass().add("watch-text");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("message");

        getChildren().addAll(title(Texts.get("controls.section.preset")), preset, restore, watch, title(Texts.get("controls.section.settings")), form, apply, title(Texts.get("controls.section.run")), run,
                steps, resetRow, message);
        model.modifiedProperty().addListener((o, a, b) -> showPreset());
        model.presetProperty().addListener((o, a, b) -> showPreset());
        model.runningProperty().addListener((o, a, b) -> showConfig(b));
        // a load that ends (refused or not) puts the boxes back on what trains: a refused file must not stay chosen
        model.loadingProperty().addListener((o, a, b) -> {
            if (b.isEmpty()) {
                showConfig(model.running());
            }
        });
        model.stateProperty().addListener((o, a, b) ->
                run.setText(b == RunState.RUNNING ? Texts.get("controls.pause") : Texts.get("controls.start")));
        showPreset();
        showConfig(initial);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** A form label that is never cut and says what its control is. */
    private static Label label(String text, javafx.scene.control.Control control) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(control);
        if (control.getTooltip() != null) {
            l.setTooltip(control.getTooltip());
        }
        return l;
    }

    private static TextField field(String tip) {
        TextField f = new TextField();
        f.setPrefColumnCount(7);
        Tooltip t = new Tooltip(tip);
        t.setWrapText(true);
        t.setMaxWidth(360);
        f.setTooltip(t);
        return f;
    }

    private Button stepButton(String text, Command.StepSize stepSize, String tip) {
        Button b = new Button(text);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> model.step(stepSize));
        return b;
    }

    public ControlsModel model() {
        return model;
    }

    /** The experiment running now (for saving settings between launches). */
    public TrainingConfig config() {
        return model.running();
    }

    public String presetName() {
        return model.presetProperty().get();
    }

    public void step(Command.StepSize stepSize) {
        model.step(stepSize);
    }

    public Command.StepSize takeStepShown(Snapshot s) {
        return model.takeStepShown(s);
    }

    public void toggleRun() {
        model.toggleRun();
    }

    /** The Reset button: the running experiment anew with the seed in the field (presenter mode's R). */
    public void reset() {
        model.reset(seed.getText());
    }

    public void swapTo(String id) {
        model.swapTo(id);
    }

    /** The sentence under the buttons: the newest of the panel's own notices, or a file being loaded. */
    public String messageText() {
        return message.getText();
    }

    public void trainOn(List<Point> points) {
        model.trainOn(points);
        refreshMessage();
    }

    public void loadPreset(ganexplorer.train.Preset p) {
        model.choosePreset(p.name());
    }

    /** Starts a whole experiment as if chosen from the Presets menu (a lesson step; presetName null for inline). */
    public void loadExperiment(String presetName, TrainingConfig config) {
        model.chooseExperiment(presetName, config);
        refreshMessage();
    }

    public void loadDataset(String nameOrPath) {
        model.chooseDataset(nameOrPath);
    }

    private MenuButton openDataMenu() {
        MenuItem file = new MenuItem(Texts.get("controls.open.file"));
        file.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("controls.open.fileTitle"));
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                model.chooseDataset(chosen.getPath());
            }
        });
        MenuItem folder = new MenuItem(Texts.get("controls.open.folder"));
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Texts.get("controls.open.folderTitle"));
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                model.chooseDataset(chosen.getPath());
            }
        });
        MenuButton open = new MenuButton(Texts.get("controls.open"), null, file, folder);
        open.setMaxWidth(Double.MAX_VALUE);
        open.setTooltip(new Tooltip(Texts.get("controls.tip.open")));
        return open;
    }

    private void applySettings() {
        model.apply(new SettingsForm(generatorRate.getText(), criticRate.getText(), batch.getText(),
                criticSteps.getText(), clip.getText(), lambda.getText()));
        refreshMessage();
    }

    /** Follows the trainer; called on every new snapshot. */
    public void show(Snapshot s) {
        model.show(s);
        refreshMessage();
    }

    /** Shows the newest live notice of the panel's own (also called while paused, so notices expire). */
    public void refreshMessage() {
        Notice n = notices.currentLocal();
        String text = !model.loadingProperty().get().isEmpty() ? model.loadingProperty().get() : n == null ? "" : n.text();
        if (!text.equals(message.getText())) {
            message.setText(text);
        }
        for (Notice.Severity sev : Notice.Severity.values()) {
            message.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(sev.name().toLowerCase()),
                    n != null && n.severity() == sev && model.loadingProperty().get().isEmpty());
        }
    }

    private void showPreset() {
        String name = model.presetProperty().get();
        preset.setText(Texts.format("controls.presetButton", model.presetLabel()));
        restore.setVisible(name != null && model.modifiedProperty().get());
        restore.setManaged(restore.isVisible());
        watch.setText(name == null ? "" : model.modifiedProperty().get()
                ? Texts.format("controls.watchModified", Texts.watch(Presets.byName(name)))
                : Texts.watch(Presets.byName(name)));
    }

    private void showConfig(TrainingConfig c) {
        updating = true;
        try {
            if (!dataset.getItems().contains(c.dataset())) {
                dataset.getItems().add(c.dataset()); // an opened file or a drawing: the box names what trains
            }
            dataset.setValue(c.dataset());
            ModelChoice m = ModelChoice.running(c.architecture());
            size.getItems().setAll(java.util.Arrays.stream(ModelSize.values()).map(ModelChoice::of).toList());
            if (m.custom()) {
                size.getItems().add(m);
            }
            size.setValue(m);
            // a custom entry can be longer than the box: the tooltip names it in full
            size.getTooltip().setText(m.custom() ? m.label() + "\n" + Texts.get("controls.tip.model")
                    : Texts.get("controls.tip.model"));
            objective.setValue(c.objective());
            seed.setText(Long.toString(c.seed()));
            SettingsForm form = SettingsForm.of(c.hyperparameters());
            if (!form.equals(shownForm)) {
                shownForm = form;
                generatorRate.setText(form.generatorRate());
                criticRate.setText(form.criticRate());
                batch.setText(form.batch());
                criticSteps.setText(form.criticSteps());
                clip.setText(form.clip());
                lambda.setText(form.lambda());
            }
        } finally {
            updating = false;
        }
    }

    /** Nodes for tests. */
    public Node presetButton() {
        return preset;
    }
}
