package ganexplorer.ui.controls;

import ganexplorer.ui.Texts;
import ganexplorer.data.Datasets;
import ganexplorer.data.Point;
import ganexplorer.train.Checkpoint;
import ganexplorer.train.Command;
import ganexplorer.train.Hyperparameters;
import ganexplorer.train.Notice;
import ganexplorer.train.Presets;
import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import ganexplorer.train.TrainingConfig;
import ganexplorer.ui.NoticeBoard;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The settings panel's state and commands, without Nodes (AtlantaFX sampler style). Everything it shows is derived
 * from the newest snapshot's running experiment; it keeps no copy of trainer state. Its only own state is the
 * user's choice of preset, against which the running experiment reads "(modified)". Commands go one way: control,
 * command, trainer; settings come back only in a snapshot.
 */
public final class ControlsModel {
    private final Consumer<Command> send;
    private final NoticeBoard notices;
    private final ReadOnlyStringWrapper preset = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<TrainingConfig> running = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.STARTING);
    private final ReadOnlyStringWrapper loading = new ReadOnlyStringWrapper("");
    private Snapshot last;
    private Command.StepSize lastStep;

    public ControlsModel(TrainingConfig initial, String presetName, Consumer<Command> send, NoticeBoard notices) {
        this.send = send;
        this.notices = notices;
        preset.set(presetName);
        running.set(initial);
        modified.set(presetName != null && !PresetMatch.same(Presets.byName(presetName).config(), initial));
    }

    /** The chosen preset's name, or null. */
    public ReadOnlyStringProperty presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** Whether the running experiment is no longer the chosen preset's. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** The experiment as it runs now (objective and settings after swaps and edits). */
    public ReadOnlyObjectProperty<TrainingConfig> runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "Loading PATH…" while image data loads, else empty. */
    public ReadOnlyStringProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public TrainingConfig running() {
        return running.get();
    }

    /** "ring-wgan-gp", "ring-wgan-gp (modified)", or "no preset". */
    public String presetLabel() {
        String name = preset.get();
        return name == null ? Texts.get("controls.noPreset") : modified.get() ? Texts.format("controls.modified", name) : name;
    }

    /** The dataset box's text for a name or path: built-in names as they are, a file by its name. */
    public static String datasetLabel(String nameOrPath) {
        if (nameOrPath == null) {
            return "";
        }
        if (nameOrPath.equals("points")) {
            return Texts.get("controls.dataset.drawn");
        }
        if (Datasets.builtInNames().contains(nameOrPath) || nameOrPath.equals(ganexplorer.data.PointMass.NAME)) {
            return nameOrPath; // the Dirac GAN's point mass is no file
        }
        Path file = Path.of(nameOrPath).getFileName();
        return Texts.format("controls.dataset.file", file == null ? nameOrPath : file.toString());
    }

    /** Follows the trainer: the running experiment and run state as the snapshot says. */
    public void show(Snapshot s) {
        Snapshot before = last;
        last = s;
        state.set(s.state());
        notices.take(s);
        if (before == null || before.experiment() != s.experiment() || !before.objective().equals(s.objective())
                || !before.hyperparameters().equals(s.hyperparameters())) {
            TrainingConfig now = s.running();
            running.set(now);
            modified.set(preset.get() != null
                    && !PresetMatch.same(Presets.byName(preset.get()).config(), now, s.events()));
        }
    }

    /** Starts the preset's experiment, also when it is the one already chosen (a fresh start). */
    public void choosePreset(String name) {
        chooseExperiment(name, Presets.byName(name).config());
    }

    /**
     * Starts {@code config} as the experiment of preset {@code presetName} (null: a setup of its own), a fresh start as
     * from the Presets menu: a lesson step runs its preset with the step's own scheduled swaps.
     */
    public void chooseExperiment(String presetName, TrainingConfig config) {
        preset.set(presetName);
        modified.set(false);
        newExperiment(config);
    }

    /**
     * Starts an experiment opened from a file. A built-in preset's name keeps the preset chosen (and "(modified)"
     * if the file changed it); any other file's experiment runs without a preset.
     */
    public void openExperiment(String name, TrainingConfig config) {
        boolean builtIn = Presets.forWindow().stream().anyMatch(p -> p.name().equals(name));
        preset.set(builtIn ? name : null);
        modified.set(false);
        newExperiment(config);
    }

    /** Continues a checkpointed run: its experiment, state and history (the trainer refuses one that does not fit). */
    public void resume(Checkpoint c) {
        notices.dismiss();
        preset.set(null);
        modified.set(false);
        send.accept(new Command.Resume(c.config(), c.state(), c.history()));
        running.set(c.config().withObjective(c.state().objective()).withHyperparameters(c.state().hyperparameters()));
    }

    public void restorePreset() {
        if (preset.get() != null) {
            choosePreset(preset.get());
        }
    }

    /** Image files can be large: they load off the FX thread, then the experiment starts on them. */
    public void chooseDataset(String nameOrPath) {
        TrainingConfig from = running.get();
        if (nameOrPath == null || nameOrPath.equals(from.dataset()) || nameOrPath.equals("points")) {
            return;
        }
        loading.set(Texts.format("controls.loading", nameOrPath));
        CompletableFuture.supplyAsync(() -> from.withDataset(nameOrPath, null)).whenComplete((next, error) ->
                Platform.runLater(() -> {
                    loading.set("");
                    if (error == null) {
                        newExperiment(next);
                    } else {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        notices.post(Notice.Severity.ERROR, Texts.format("controls.loadFailed", nameOrPath, cause.getMessage()));
                    }
                }));
    }

    public void chooseModel(ModelChoice choice) {
        if (choice == null || choice.custom() || choice.equals(ModelChoice.running(running.get().architecture()))) {
            return;
        }
        try {
            TrainingConfig now = running.get();
            newExperiment(now.withArchitecture(choice.size().applyTo(now.architecture(), now.data())));
        } catch (IllegalArgumentException e) {
            notices.post(Notice.Severity.ERROR, e.getMessage()); // DCGAN on 2-D points, say
        }
    }

    public void swapTo(String objective) {
        if (objective != null && !objective.equals(running.get().objective())) {
            send.accept(new Command.SwapObjective(objective));
        }
    }

    /** Applies the typed settings between steps; a refused value changes nothing and says which field. */
    public boolean apply(SettingsForm form) {
        Hyperparameters now = running.get().hyperparameters();
        try {
            Hyperparameters next = form.read(now);
            notices.dismiss(); // whatever was refused before is dealt with
            if (next.equals(now)) {
                notices.post(Notice.Severity.INFO, Texts.get("controls.sameSettings"));
                return true;
            }
            send.accept(new Command.SetHyperparameters(next));
            notices.post(Notice.Severity.SUCCESS, last == null ? Texts.get("controls.applied")
                    : Texts.format("controls.appliedFrom", last.step()));
            return true;
        } catch (IllegalArgumentException e) {
            notices.post(Notice.Severity.ERROR, e.getMessage());
            return false;
        }
    }

    public void reset(String seedText) {
        try {
            long seed = Long.parseLong(seedText.trim());
            notices.dismiss();
            send.accept(new Command.NewExperiment(running.get().withSeed(seed)));
        } catch (NumberFormatException e) {
            notices.post(Notice.Severity.ERROR, Texts.format("controls.error.seed", seedText.trim()));
        }
    }

    /** Trains on drawn points with the running objective and settings (a drawing is a new dataset, nothing else). */
    public void trainOn(List<Point> points) {
        if (points.isEmpty()) {
            notices.post(Notice.Severity.INFO, Texts.get("controls.drawFirst"));
            return;
        }
        newExperiment(running.get().withDataset("points", points));
    }

    public void toggleRun() {
        send.accept(state.get() == RunState.RUNNING ? new Command.Pause() : new Command.Start());
    }

    public void step(Command.StepSize size) {
        lastStep = size;
        send.accept(new Command.Step(size, 1));
    }

    /**
     * The kind of single step whose result {@code s} is the first snapshot of, or null: the plane highlights what
     * that step changed.
     */
    public Command.StepSize takeStepShown(Snapshot s) {
        if (lastStep == null || s.state() == RunState.RUNNING) {
            return null;
        }
        Command.StepSize shown = lastStep;
        lastStep = null;
        return shown;
    }

    private void newExperiment(TrainingConfig next) {
        notices.dismiss();
        send.accept(new Command.NewExperiment(next));
        running.set(next); // until the trainer's snapshot says what runs
        if (preset.get() != null) {
            modified.set(!PresetMatch.same(Presets.byName(preset.get()).config(), next));
        }
    }
}
