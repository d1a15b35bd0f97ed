package ganexplorer.ui.latent;

import ganexplorer.model.LatentInterpolation;
import ganexplorer.model.NetworkSpec;
import ganexplorer.model.Prior;
import ganexplorer.train.InferenceWorker;
import ganexplorer.train.GeneratorCopy;
import ganexplorer.train.Snapshot;
import ganexplorer.ui.AppPaths;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The latent space: one slider per latent dimension (each can be locked against Randomize), and beside them an
 * N x N grid of generator outputs spanned by two chosen latent directions around the slider point: images for image
 * data (the centre cell is the slider point), and for 2-D data, where an output is a point, a warped mesh over the
 * data with G(z) of the slider point marked. Clicking a cell (or a mesh dot) adds its latent point to the walk.
 * The generator runs on an inference worker with its own copy of the newest weights, newest request first. A
 * class-conditional generator's label is not a slider: the grid draws one class per row, or the one chosen.
 */
public final class LatentPanel extends BorderPane {
    private static final int GRID = 9;
    private static final long REQUEST_MILLIS = 50;

    private final InferenceWorker worker = new InferenceWorker();
    private final TilePane sliderTiles = new TilePane(6, 4);
    private final Canvas outputs = new Canvas(400, 400);
    private final LatentGridPainter painter = new LatentGridPainter(outputs, GRID);
    private static final int DRAW_A = -1;
    private static final int DRAW_B = -2;
    private final ChoiceBox<Integer> horizontal = new ChoiceBox<>();
    private final ChoiceBox<Integer> vertical = new ChoiceBox<>();
    private float[] drawA;
    private float[] drawB;
    private final Slider span = new Slider(0.1, 3, 1);
    private final List<Slider> sliders = new ArrayList<>();
    private ScrollPane scroll;
    private final LatentPad pad = new LatentPad();
    private final List<CheckBox> locks = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom();
    private final AnimationTimer poll;
    private Snapshot snapshot;
    private NetworkSpec spec;
    private int classes;
    private int latentDims;
    private static final int CLASS_PER_ROW = -1;
    private final ChoiceBox<Integer> classChoice = new ChoiceBox<>();
    private final Label classLabel = new Label("class");
    private boolean dirty = true;
    private long lastRequest;
    private long shownResult;
    private InferenceWorker.Result result;
    private final List<float[]> anchors = new ArrayList<>();
    private final Label anchorCount = new Label("no anchors");
    private final ChoiceBox<LatentInterpolation> interpolation = new ChoiceBox<>();
    private final Label walkMessage = new Label();
    private float[][] walk;
    private int walkFrame;
    private long awaiting;
    private List<BufferedImage> recording;

    public LatentPanel() {
        getStyleClass().add("latent-panel");
        setPadding(new Insets(8));
        Label title = new Label("Latent space");
        title.getStyleClass().add("section-title");
        Button randomize = new Button("Randomize");
        randomize.setOnAction(e -> randomize());
        randomize.setTooltip(new Tooltip("Draw the unlocked dimensions from the prior"));
        Button zero = new Button("Zero");
        zero.setOnAction(e -> zero());
        span.setShowTickLabels(true);
        span.setMajorTickUnit(1);
        span.setPrefWidth(140);
        span.valueProperty().addListener((o, a, b) -> dirty = true);
        horizontal.valueProperty().addListener((o, a, b) -> bindPad());
        vertical.valueProperty().addListener((o, a, b) -> bindPad());
        StringConverter<Integer> names = new StringConverter<>() {
            @Override
            public String toString(Integer d) {
                return d == null ? "" : d == DRAW_A ? "prior draw A" : d == DRAW_B ? "prior draw B" : "z" + d;
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse");
            }
        };
        horizontal.setConverter(names);
        vertical.setConverter(names);
        classChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer c) {
                return c == null ? "" : c == CLASS_PER_ROW ? "one per row" : String.valueOf(c);
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse");
            }
        });
        classChoice.setTooltip(new Tooltip("The label the conditional generator draws: one class per grid row, or one for all"));
        classChoice.valueProperty().addListener((o, a, b) -> dirty = true);
        FlowPane directions = new FlowPane(8, 6, randomize, zero, new Label("grid across"), horizontal,
                new Label("and"), vertical, new Label("± span"), span, classLabel, classChoice);
        scroll = new ScrollPane(sliderTiles);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(150);
        sliderTiles.setPrefColumns(2);
        Button save = new Button("Save point");
        save.setTooltip(new Tooltip("Add the slider point as an anchor of the walk"));
        save.setOnAction(e -> addAnchor(currentPoint()));
        outputs.setOnMouseClicked(e -> clickCell(e.getX(), e.getY()));
        Button clear = new Button("Clear anchors");
        clear.setOnAction(e -> {
            anchors.clear();
            anchorCount.setText("no anchors");
        });
        interpolation.getItems().addAll(LatentInterpolation.values());
        interpolation.setValue(LatentInterpolation.SPHERICAL);
        Button play = new Button("Play walk");
        play.setOnAction(e -> startWalk(false));
        Button export = new Button("Export walk");
        export.setTooltip(new Tooltip("Play the walk and save it as a PNG strip and an animated GIF (Ctrl+E)"));
        export.setOnAction(e -> startWalk(true));
        walkMessage.setWrapText(true);
        FlowPane walkBar = new FlowPane(8, 6, new Label("Walk:"), save, anchorCount, clear, interpolation, play, export);
        HBox.setHgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        HBox latentRow = new HBox(8, pad, scroll);
        VBox content = new VBox(6, title, directions, latentRow, outputs, walkBar, walkMessage);
        setCenter(content);
        poll = new AnimationTimer() {
            @Override
            public void handle(long now) {
                tick(now);
            }
        };
        poll.start();
    }

    /** The canvas with the N x N outputs (tests read its pixels). */
    public Canvas outputsCanvas() {
        return outputs;
    }

    public List<Slider> sliders() {
        return sliders;
    }

    /** The label choice of a conditional generator: "one per row" (CLASS_PER_ROW, -1) or a class; hidden otherwise. */
    public ChoiceBox<Integer> classChoice() {
        return classChoice;
    }

    public void show(Snapshot s) {
        snapshot = s;
        GeneratorCopy g = s.generator();
        if (!g.spec().equals(spec) || g.classes() != classes) {
            rebuild(g.spec(), g.prior(), g.classes());
        }
        dirty = true; // new weights: the same latent point now maps elsewhere
    }

    public void stop() {
        poll.stop();
        worker.close();
    }

    private void rebuild(NetworkSpec newSpec, Prior prior, int labelClasses) {
        spec = newSpec;
        classes = labelClasses;
        latentDims = newSpec.inputs() - labelClasses;
        classChoice.getItems().clear();
        if (classes > 0) {
            classChoice.getItems().add(CLASS_PER_ROW);
            for (int c = 0; c < classes; c++) {
                classChoice.getItems().add(c);
            }
            classChoice.setValue(CLASS_PER_ROW);
        }
        classChoice.setVisible(classes > 0);
        classChoice.setManaged(classes > 0);
        classLabel.setVisible(classes > 0);
        classLabel.setManaged(classes > 0);
        anchors.clear();
        anchorCount.setText("no anchors");
        walk = null;
        double range = prior == Prior.NORMAL ? 3 : 1;
        sliders.clear();
        locks.clear();
        sliderTiles.getChildren().clear();
        horizontal.getItems().clear();
        vertical.getItems().clear();
        boolean wide = latentDims > 2;
        if (wide) {
            // one coordinate of a 100-d latent barely moves G; two fixed draws from the prior span a varied grid
            SplittableRandom draws = new SplittableRandom(latentDims);
            drawA = drawFrom(prior, latentDims, draws);
            drawB = drawFrom(prior, latentDims, draws);
            horizontal.getItems().add(DRAW_A);
            vertical.getItems().add(DRAW_B);
        }
        for (int i = 0; i < latentDims; i++) {
            Slider s = new Slider(-range, range, 0);
            s.setPrefWidth(110);
            s.valueProperty().addListener((o, a, b) -> dirty = true);
            CheckBox lock = new CheckBox();
            lock.setTooltip(new Tooltip("lock z" + i + " against Randomize"));
            sliders.add(s);
            locks.add(lock);
            sliderTiles.getChildren().add(new HBox(3, new Label("z" + i), s, lock));
            horizontal.getItems().add(i);
            vertical.getItems().add(i);
        }
        horizontal.setValue(wide ? DRAW_A : 0);
        vertical.setValue(wide ? DRAW_B : Math.min(1, latentDims - 1));
        bindPad();
        if (wide) {
            randomize(); // near z = 0 a wide latent draws one average picture
            span.setValue(0.6);
        }
        dirty = true;
    }

    private static float[] drawFrom(Prior prior, int size, SplittableRandom rng) {
        float[] v = new float[size];
        prior.fill(v, size, rng);
        return v;
    }

    /** The grid's direction: a latent coordinate, or one of the two prior draws. */
    private float[] direction(int choice) {
        if (choice == DRAW_A || choice == DRAW_B) {
            return choice == DRAW_A ? drawA : drawB;
        }
        float[] unit = new float[latentDims];
        unit[choice] = 1;
        return unit;
    }

    /** The z-plane follows the two chosen directions. */
    private void bindPad() {
        dirty = true;
        Integer h = horizontal.getValue();
        Integer v = vertical.getValue();
        if (h != null && v != null && h < sliders.size() && v < sliders.size() && sliders.size() > 1) {
            // the pad moves two coordinates: the chosen ones, or z0 and z1 while the grid follows prior draws
            pad.bind(sliders.get(h >= 0 ? h : 0), sliders.get(v >= 0 ? v : 1));
        }
    }

    private void randomize() {
        for (int i = 0; i < sliders.size(); i++) {
            if (!locks.get(i).isSelected()) {
                double v = snapshot != null && snapshot.generator().prior() == Prior.UNIFORM ? 2 * random.nextDouble() - 1 : random.nextGaussian();
                sliders.get(i).setValue(v);
            }
        }
    }

    private void zero() {
        for (int i = 0; i < sliders.size(); i++) {
            if (!locks.get(i).isSelected()) {
                sliders.get(i).setValue(0);
            }
        }
    }

    private void tick(long now) {
        if (walk != null) {
            stepWalk();
            return;
        }
        if (dirty && snapshot != null && spec != null && now - lastRequest >= REQUEST_MILLIS * 1_000_000L) {
            worker.submit(spec, snapshot.generator().weights(), latents());
            lastRequest = now;
            dirty = false;
        }
        InferenceWorker.Result r = worker.latest();
        if (r != null && r.requestId() != shownResult) {
            shownResult = r.requestId();
            result = r;
            draw();
        }
    }

    /** Plays (and, for an export, records) the walk through the saved anchors. */
    public void startWalk(boolean record) {
        if (snapshot == null || spec == null) {
            walkMessage.setText("The generator is not ready yet.");
            return;
        }
        try {
            walk = interpolation.getValue().walk(anchors, 24);
        } catch (IllegalArgumentException e) {
            walkMessage.setText(e.getMessage());
            return;
        }
        walkFrame = 0;
        awaiting = 0;
        recording = record ? new ArrayList<>() : null;
        walkMessage.setText(record ? "Recording the walk…" : "");
    }

    /** What the last walk said (saved files, or why it could not run). */
    public String walkMessage() {
        return walkMessage.getText();
    }

    /** The inference worker's state and the last request drawn (diagnostics for tests). */
    public String inferenceStatus() {
        return worker.status() + ", shown request " + shownResult + ", dirty " + dirty;
    }

    public boolean walking() {
        return walk != null;
    }

    /** One walk frame at a time: set the sliders, wait for that frame's result, record it, go on. */
    private void stepWalk() {
        if (awaiting == 0) {
            float[] z = walk[walkFrame];
            for (int i = 0; i < z.length && i < sliders.size(); i++) {
                sliders.get(i).setValue(z[i]);
            }
            awaiting = worker.submit(spec, snapshot.generator().weights(), latents());
            dirty = false;
            return;
        }
        InferenceWorker.Result r = worker.latest();
        if (r == null || r.requestId() != awaiting) {
            return;
        }
        shownResult = r.requestId();
        result = r;
        draw();
        if (recording != null) {
            recording.add(WalkExport.thumbnail(SwingFXUtils.fromFXImage(outputs.snapshot(null, null), null), 220));
        }
        awaiting = 0;
        if (++walkFrame == walk.length) {
            walk = null;
            if (recording != null) {
                saveRecording(recording);
                recording = null;
            }
        }
    }

    private void saveRecording(List<BufferedImage> frames) {
        walkMessage.setText(WalkExport.saveWalk(frames, AppPaths.exports()));
    }

    private float[] currentPoint() {
        float[] z = new float[sliders.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) sliders.get(i).getValue();
        }
        return z;
    }

    /**
     * G's inputs: GRID x GRID points around the slider point along the two chosen directions, then the slider point
     * itself; for a conditional G each followed by its cell's label code (the row's class, or the chosen one).
     */
    private float[] latents() {
        int d = spec.inputs();
        float[] out = new float[(GRID * GRID + 1) * d];
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                int row = (j * GRID + i) * d;
                System.arraycopy(cellLatent(i, j), 0, out, row, latentDims);
                setLabel(out, row, j);
            }
        }
        System.arraycopy(currentPoint(), 0, out, GRID * GRID * d, latentDims);
        setLabel(out, GRID * GRID * d, 0);
        return out;
    }

    /** The one-hot label after the latent values of the input row at {@code row}, for grid row {@code gridRow}. */
    private void setLabel(float[] inputs, int row, int gridRow) {
        if (classes > 0) {
            Integer choice = classChoice.getValue();
            int label = choice == null || choice == CLASS_PER_ROW ? gridRow % classes : choice;
            inputs[row + latentDims + label] = 1;
        }
    }

    /** The latent point of grid cell (i, j): the slider point moved along the two chosen directions. */
    private float[] cellLatent(int i, int j) {
        float[] z = currentPoint();
        float[] a = direction(horizontal.getValue() == null ? 0 : horizontal.getValue());
        float[] b = direction(vertical.getValue() == null ? 0 : vertical.getValue());
        double s = span.getValue();
        double ti = s * (2.0 * i / (GRID - 1) - 1);
        double tj = s * (2.0 * j / (GRID - 1) - 1);
        for (int k = 0; k < z.length; k++) {
            z[k] += (float) (ti * a[k] + tj * b[k]);
        }
        return z;
    }

    /** A click on a grid cell (an image, or a dot of the mesh) makes its latent point a walk anchor. */
    private void clickCell(double px, double py) {
        if (spec == null || result == null || !painter.complete(result.outputs(), result.outputsPerRow())) {
            return;
        }
        int cell = painter.cellAt(snapshot, result.outputs(), px, py);
        if (cell < 0) {
            return;
        }
        addAnchor(cellLatent(cell % GRID, cell / GRID));
        walkMessage.setText("Anchor " + anchors.size() + " from grid cell (" + (cell % GRID + 1) + ", " + (cell / GRID + 1) + ").");
    }

    private void draw() {
        if (snapshot != null && result != null && painter.complete(result.outputs(), result.outputsPerRow())) {
            painter.paint(snapshot, result.outputs());
        }
    }

    private void addAnchor(float[] z) {
        anchors.add(z);
        anchorCount.setText(anchors.size() + (anchors.size() == 1 ? " anchor" : " anchors"));
    }
}
