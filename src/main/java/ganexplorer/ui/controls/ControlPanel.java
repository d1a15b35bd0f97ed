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
    private final Button restore = new Button("Restore preset");
    private final ComboBox<String> dataset = new ComboBox<>();
    private final ChoiceBox<ModelChoice> size = new ChoiceBox<>();
    private final ComboBox<String> objective = new ComboBox<>();
    private final TextField generatorRate = field("Generator's learning rate (its optimizer keeps its kind)");
    private final TextField criticRate = field("Discriminator/critic's learning rate");
    private final TextField batch = field("Samples per batch, real and generated each");
    private final TextField criticSteps = field("Critic updates per generator update (WGAN: 5)");
    private final TextField clip = field("WGAN weight clip c: the critic's weights are kept within ±c");
    private final TextField lambda = field("WGAN-GP penalty weight λ on (‖∇D(x̂)‖ − 1)²");
    private final TextField seed = field("Random seed of Reset: the same seed gives the same run");
    private final Button run = new Button("Pause (Space)");
    private final Label message = new Label();
    private final Label watch = new Label();
    private SettingsForm shownForm;
    private boolean updating;

    public ControlPanel(TrainingConfig initial, String presetName, Consumer<Command> send, NoticeBoard notices) {
        this.notices = notices;
        this.model = new ControlsModel(initial, presetName, send, notices);
        getStyleClass().add("control-panel");
        setSpacing(8);
        setPadding(new Insets(10));
        setPrefWidth(300);
        setMinWidth(Region.USE_PREF_SIZE);

        Presets.forWindow().forEach(p -> {
            MenuItem item = new MenuItem(p.name());
            item.setOnAction(e -> model.choosePreset(p.name()));
            preset.getItems().add(item);
        });
        preset.setMaxWidth(Double.MAX_VALUE);
        preset.setTooltip(new Tooltip("A ready experiment for class: choosing one (even the current one) starts it afresh"));
        restore.setTooltip(new Tooltip("Start the chosen preset again exactly as it is defined"));
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
        dataset.setTooltip(new Tooltip("What G learns to imitate: a 2-D toy distribution, the bundled digits, or an "
                + "opened image file"));
        size.setTooltip(new Tooltip("The networks of G and D; changing them starts a new experiment"));
        objective.getItems().addAll(Objective.IDS);
        objective.setTooltip(new Tooltip("The loss both players train on (keys 1-6); a swap keeps the weights"));
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
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // labels are never cut to "Dat…"
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        form.addRow(row++, label("Dataset", dataset), dataset);
        form.addRow(row++, new Label(""), openDataMenu());
        form.addRow(row++, label("Model", size), size);
        form.addRow(row++, label("Objective", objective), objective);
        form.addRow(row++, label("G learning rate", generatorRate), generatorRate);
        form.addRow(row++, label("D learning rate", criticRate), criticRate);
        form.addRow(row++, label("Batch size", batch), batch);
        form.addRow(row++, label("Critic steps", criticSteps), criticSteps);
        form.addRow(row++, label("Clip c", clip), clip);
        form.addRow(row++, label("Lambda λ", lambda), lambda);
        Button apply = new Button("Apply settings");
        apply.setTooltip(new Tooltip("Apply the typed values between two steps (Enter in a field does the same)"));
        apply.setOnAction(e -> applySettings());
        for (TextField f : new TextField[] {generatorRate, criticRate, batch, criticSteps, clip, lambda}) {
            f.setOnAction(e -> applySettings());
        }

        run.setOnAction(e -> model.toggleRun());
        run.setMaxWidth(Double.MAX_VALUE);
        run.setTooltip(new Tooltip("Train continuously, or pause (Space)"));
        Button stepD = stepButton("D step", Command.StepSize.CRITIC_UPDATE, "One critic update, then pause");
        Button stepG = stepButton("G step", Command.StepSize.GENERATOR_UPDATE, "One generator update, then pause");
        Button stepAll = stepButton("Iteration", Command.StepSize.ITERATION,
                "Critic steps, then one generator update (S)");
        HBox steps = new HBox(6, stepD, stepG, stepAll);
        Button reset = new Button("Reset");
        reset.setTooltip(new Tooltip("Fresh networks from this seed, same settings; the charts start over"));
        reset.setOnAction(e -> model.reset(seed.getText()));
        seed.setPrefColumnCount(6);
        HBox resetRow = new HBox(6, label("Seed", seed), seed, reset);
        resetRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        watch.setWrapText(true);
        watch.getStyleClass().add("watch-text");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("message");

        getChildren().addAll(title("Preset"), preset, restore, watch, title("Settings"), form, apply, title("Run"), run,
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
                run.setText(b == RunState.RUNNING ? "Pause (Space)" : "Start (Space)"));
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

    public void loadDataset(String nameOrPath) {
        model.chooseDataset(nameOrPath);
    }

    private MenuButton openDataMenu() {
        MenuItem file = new MenuItem("Image file: MNIST-format IDX or CIFAR-10 .bin…");
        file.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open an IDX image file (its labels file is found beside it) or a CIFAR-10 batch");
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                model.chooseDataset(chosen.getPath());
            }
        });
        MenuItem folder = new MenuItem("Folder: PNG/JPEG images or CIFAR-10 batches…");
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a folder of images (subfolders are classes) or of CIFAR-10 data_batch_N.bin files");
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                model.chooseDataset(chosen.getPath());
            }
        });
        MenuButton open = new MenuButton("Open image data", null, file, folder);
        open.setMaxWidth(Double.MAX_VALUE);
        open.setTooltip(new Tooltip("Train on your own images: an MNIST-format file, CIFAR-10 batches or a folder"));
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
        preset.setText("Preset: " + model.presetLabel());
        restore.setVisible(name != null && model.modifiedProperty().get());
        restore.setManaged(restore.isVisible());
        watch.setText(name == null ? "" : model.modifiedProperty().get()
                ? "Changed from the preset: what it says to watch may no longer hold. " + Presets.byName(name).watch()
                : Presets.byName(name).watch());
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
