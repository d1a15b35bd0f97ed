package ganexplorer.ui.controls;

import ganexplorer.data.Datasets;
import ganexplorer.objective.Objective;
import ganexplorer.objective.OptimizerSpec;
import ganexplorer.train.Command;
import ganexplorer.train.Hyperparameters;
import ganexplorer.train.Preset;
import ganexplorer.train.Presets;
import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import ganexplorer.train.TrainingConfig;
import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * Every training setting and the run buttons. It sends commands and reads snapshots; it never waits for training.
 * Settings that need fresh networks (dataset, model size, preset) start a new experiment; the objective swaps at
 * the next step boundary with the weights kept; the rest applies between steps.
 */
public final class ControlPanel extends VBox {
    private final Consumer<Command> send;
    private final ComboBox<String> preset = new ComboBox<>();
    private final ComboBox<String> dataset = new ComboBox<>();
    private final ChoiceBox<ModelSize> size = new ChoiceBox<>();
    private final ComboBox<String> objective = new ComboBox<>();
    private final TextField generatorRate = field("G learning rate");
    private final TextField criticRate = field("D learning rate");
    private final TextField batch = field("batch size");
    private final TextField criticSteps = field("critic updates per generator update");
    private final TextField clip = field("WGAN weight clip");
    private final TextField lambda = field("WGAN-GP penalty weight");
    private final TextField seed = field("random seed");
    private final Button run = new Button("Pause");
    private final Label message = new Label();
    private final Label watch = new Label();
    private TrainingConfig config;
    private Hyperparameters shownHyper;
    private boolean updating;
    private RunState state = RunState.STARTING;
    private Command.StepSize lastStep;

    public ControlPanel(TrainingConfig initial, String presetName, Consumer<Command> send) {
        this.send = send;
        this.config = initial;
        getStyleClass().add("control-panel");
        setSpacing(10);
        setPadding(new Insets(10));
        setPrefWidth(270);

        Presets.all().forEach(p -> preset.getItems().add(p.name()));
        preset.setPromptText("Presets…");
        preset.setValue(presetName);
        preset.setMaxWidth(Double.MAX_VALUE);
        preset.setOnAction(e -> {
            if (!updating && preset.getValue() != null) {
                loadPreset(Presets.byName(preset.getValue()));
            }
        });
        dataset.getItems().addAll(Datasets.builtInNames());
        dataset.getItems().add("points");
        size.getItems().addAll(ModelSize.values());
        objective.getItems().addAll(Objective.IDS);
        dataset.setOnAction(e -> {
            if (!updating && dataset.getValue() != null && !dataset.getValue().equals("points")) {
                loadDataset(dataset.getValue());
            }
        });
        size.setOnAction(e -> {
            if (!updating && size.getValue() != null) {
                try {
                    newExperiment(config.withArchitecture(size.getValue().applyTo(config.architecture(), config.data())));
                } catch (IllegalArgumentException ex) {
                    message.setText(ex.getMessage()); // DCGAN on 2-D points, say
                    showConfig(config);
                }
            }
        });
        objective.setOnAction(e -> {
            if (!updating && objective.getValue() != null) {
                swapTo(objective.getValue());
            }
        });

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, new Label("Dataset"), dataset);
        form.addRow(row++, new Label(""), openDataMenu());
        form.addRow(row++, new Label("Model"), size);
        form.addRow(row++, new Label("Objective"), objective);
        form.addRow(row++, new Label("G rate"), generatorRate);
        form.addRow(row++, new Label("D rate"), criticRate);
        form.addRow(row++, new Label("Batch"), batch);
        form.addRow(row++, new Label("Critic steps"), criticSteps);
        form.addRow(row++, new Label("Clip"), clip);
        form.addRow(row++, new Label("Lambda"), lambda);
        Button apply = new Button("Apply settings");
        apply.setOnAction(e -> applySettings());
        apply.setDefaultButton(false);
        for (TextField f : new TextField[] {generatorRate, criticRate, batch, criticSteps, clip, lambda}) {
            f.setOnAction(e -> applySettings());
        }

        run.setOnAction(e -> toggleRun());
        run.setMaxWidth(Double.MAX_VALUE);
        Button stepD = stepButton("D step", Command.StepSize.CRITIC_UPDATE, "one critic update");
        Button stepG = stepButton("G step", Command.StepSize.GENERATOR_UPDATE, "one generator update");
        Button stepAll = stepButton("Iteration", Command.StepSize.ITERATION, "critic steps, then one generator update (S)");
        HBox steps = new HBox(6, stepD, stepG, stepAll);
        Button reset = new Button("Reset");
        reset.setOnAction(e -> reset());
        seed.setPrefColumnCount(6);
        HBox resetRow = new HBox(6, new Label("Seed"), seed, reset);

        watch.setWrapText(true);
        watch.getStyleClass().add("watch-text");
        message.setWrapText(true);
        message.getStyleClass().add("message");

        Label settings = new Label("Settings");
        settings.getStyleClass().add("section-title");
        Label runTitle = new Label("Run");
        runTitle.getStyleClass().add("section-title");
        getChildren().addAll(preset, watch, settings, form, apply, runTitle, run, steps, resetRow, message);
        showConfig(initial);
        if (presetName != null) {
            watch.setText(Presets.byName(presetName).watch());
        }
    }

    private static TextField field(String tip) {
        TextField f = new TextField();
        f.setPrefColumnCount(8);
        f.setTooltip(new Tooltip(tip));
        return f;
    }

    private Button stepButton(String text, Command.StepSize size, String tip) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> step(size));
        return b;
    }

    /** The experiment the panel last started (for saving settings between launches). */
    public TrainingConfig config() {
        return config;
    }

    public String presetName() {
        return preset.getValue();
    }

    public void step(Command.StepSize stepSize) {
        lastStep = stepSize;
        send.accept(new Command.Step(stepSize, 1));
    }

    /**
     * The kind of single step whose result {@code s} is the first snapshot of, or null: the plane highlights what
     * that step changed. Critic-only steps leave the step counter alone, so the snapshot's identity is what counts.
     */
    public Command.StepSize takeStepShown(Snapshot s) {
        if (lastStep == null || s.state() == RunState.RUNNING) {
            return null;
        }
        Command.StepSize shown = lastStep;
        lastStep = null;
        return shown;
    }

    public void toggleRun() {
        send.accept(state == RunState.RUNNING ? new Command.Pause() : new Command.Start());
    }

    public void swapTo(String id) {
        send.accept(new Command.SwapObjective(id));
    }

    /** The sentence under the buttons (a problem, or a file being loaded). */
    public String messageText() {
        return message.getText();
    }

    /** Shows a problem in the panel instead of a dialog, so nothing stops. */
    public void showMessage(String text) {
        message.setText(text);
    }

    public void trainOn(java.util.List<ganexplorer.data.Point> points) {
        if (points.isEmpty()) {
            showMessage("Draw some points on the plane first (switch on Draw, then click or drag).");
            return;
        }
        TrainingConfig next = config.withDataset("points", points);
        newExperiment(next);
    }

    public void loadPreset(Preset p) {
        watch.setText(p.watch());
        newExperiment(p.config());
    }

    /** Image files can be large: they load off the FX thread, then the experiment starts on them. */
    public void loadDataset(String nameOrPath) {
        TrainingConfig from = config;
        message.setText("Loading " + nameOrPath + "…");
        CompletableFuture.supplyAsync(() -> from.withDataset(nameOrPath, null)).whenComplete((next, error) ->
                Platform.runLater(() -> {
                    if (error == null) {
                        message.setText("");
                        newExperiment(next);
                    } else {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        message.setText("Could not load " + nameOrPath + ": " + cause.getMessage());
                        showConfig(config); // the dataset box shows what is still training
                    }
                }));
    }

    private MenuButton openDataMenu() {
        MenuItem file = new MenuItem("Image file: MNIST-format IDX or CIFAR-10 .bin…");
        file.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open an IDX image file (its labels file is found beside it) or a CIFAR-10 batch");
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                loadDataset(chosen.getPath());
            }
        });
        MenuItem folder = new MenuItem("Folder: PNG/JPEG images or CIFAR-10 batches…");
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a folder of images (subfolders are classes) or of CIFAR-10 data_batch_N.bin files");
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                loadDataset(chosen.getPath());
            }
        });
        MenuButton open = new MenuButton("Open image data", null, file, folder);
        open.setMaxWidth(Double.MAX_VALUE);
        return open;
    }

    private void newExperiment(TrainingConfig next) {
        config = next;
        showConfig(next);
        send.accept(new Command.NewExperiment(next));
    }

    private void reset() {
        try {
            long s = Long.parseLong(seed.getText().trim());
            config = config.withSeed(s);
            send.accept(new Command.Reset(s));
            message.setText("");
        } catch (NumberFormatException e) {
            message.setText("The seed must be a whole number, e.g. 1.");
        }
    }

    private void applySettings() {
        try {
            Hyperparameters h = readSettings();
            config = config.withHyperparameters(h);
            send.accept(new Command.SetHyperparameters(h));
            message.setText("");
        } catch (NumberFormatException e) {
            message.setText("Not a number: " + e.getMessage().replace("For input string: ", "") + ". Type values like 0.0002 or 2e-4.");
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
        }
    }

    Hyperparameters readSettings() {
        Hyperparameters current = shownHyper != null ? shownHyper : config.hyperparameters();
        OptimizerSpec g = current.generatorOptimizer().withLearningRate(Double.parseDouble(generatorRate.getText().trim()));
        OptimizerSpec d = current.criticOptimizer().withLearningRate(Double.parseDouble(criticRate.getText().trim()));
        boolean pinned = current.pinned() || !g.equals(current.generatorOptimizer()) || !d.equals(current.criticOptimizer());
        int steps = Integer.parseInt(criticSteps.getText().trim());
        return new Hyperparameters(Integer.parseInt(batch.getText().trim()), g, d, steps,
                Double.parseDouble(clip.getText().trim()), Double.parseDouble(lambda.getText().trim()),
                pinned || steps != current.criticSteps());
    }

    /** Follows the trainer: run state, objective and settings as they are now (after a swap reset them, say). */
    public void show(Snapshot s) {
        state = s.state();
        run.setText(state == RunState.RUNNING ? "Pause (Space)" : "Start (Space)");
        updating = true;
        try {
            objective.setValue(s.objective().id());
            if (!s.hyperparameters().equals(shownHyper)) {
                showHyper(s.hyperparameters());
            }
        } finally {
            updating = false;
        }
        if (!s.message().isEmpty()) {
            message.setText(s.message());
        }
    }

    private void showConfig(TrainingConfig c) {
        updating = true;
        try {
            dataset.setValue(c.dataset());
            size.setValue(ModelSize.of(c.architecture()));
            objective.setValue(c.objective());
            seed.setText(Long.toString(c.seed()));
            showHyper(c.hyperparameters());
        } finally {
            updating = false;
        }
    }

    private void showHyper(Hyperparameters h) {
        shownHyper = h;
        generatorRate.setText(Double.toString(h.generatorOptimizer().learningRate()));
        criticRate.setText(Double.toString(h.criticOptimizer().learningRate()));
        batch.setText(Integer.toString(h.batchSize()));
        criticSteps.setText(Integer.toString(h.criticSteps()));
        clip.setText(Double.toString(h.clip()));
        lambda.setText(Double.toString(h.lambda()));
    }
}
