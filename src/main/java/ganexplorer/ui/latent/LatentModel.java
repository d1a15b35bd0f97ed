package ganexplorer.ui.latent;

import ganexplorer.ui.Texts;
import ganexplorer.train.GeneratorCopy;
import ganexplorer.train.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The latent tab's UI model, without Nodes: the slider point as one property per latent dimension, the grid's
 * directions, span and class, and the newest grid frame for the view to draw; the walk is {@link #walk()}. Commands
 * are methods; the view's frame loop calls {@link #tick}. G runs on an inference worker with its own copy of the
 * newest weights, newest request first; this class only submits and picks up results, so the FX thread never waits.
 */
public final class LatentModel {
    private static final long REQUEST_NANOS = 50_000_000L;

    private final GridInference inference = new GridInference();
    private final ObservableList<LatentDimension> dimensions = FXCollections.observableArrayList();
    private final ObservableList<Direction> horizontalChoices = FXCollections.observableArrayList();
    private final ObservableList<Direction> verticalChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Direction> horizontal = new SimpleObjectProperty<>(this, "horizontal");
    private final ObjectProperty<Direction> vertical = new SimpleObjectProperty<>(this, "vertical");
    private final DoubleProperty span = new SimpleDoubleProperty(this, "span", 1);
    private final ObservableList<Integer> classChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> classChoice = new SimpleObjectProperty<>(this, "classChoice", LatentGrid.CLASS_PER_ROW);
    private final ReadOnlyObjectWrapper<GridFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyObjectWrapper<List<LatentDimension>> padDimensions =
            new ReadOnlyObjectWrapper<>(this, "padDimensions", List.of());
    // one read-only view each: such a view listens to its list weakly, so a fresh one per call loses its listeners
    private final ObservableList<LatentDimension> dimensionsView = FXCollections.unmodifiableObservableList(dimensions);
    private final ObservableList<Direction> horizontalChoicesView = FXCollections.unmodifiableObservableList(horizontalChoices);
    private final ObservableList<Direction> verticalChoicesView = FXCollections.unmodifiableObservableList(verticalChoices);
    private final ObservableList<Integer> classChoicesView = FXCollections.unmodifiableObservableList(classChoices);
    private final InvalidationListener changed = o -> dirty = true;
    private final WalkModel walk = new WalkModel(this);
    private final SplittableRandom random = new SplittableRandom();
    private LatentGrid grid;
    private GeneratorCopy generator;
    private Snapshot snapshot;
    private long experiment = -1;
    private boolean dirty = true;
    private long lastRequest;

    public LatentModel() {
        for (var p : List.of(horizontal, vertical, span, classChoice)) {
            p.addListener(changed);
        }
        horizontal.addListener(o -> updatePad());
        vertical.addListener(o -> updatePad());
    }

    public WalkModel walk() {
        return walk;
    }

    public ObservableList<LatentDimension> dimensions() {
        return dimensionsView;
    }

    ObservableList<Direction> horizontalChoices() {
        return horizontalChoicesView;
    }

    ObservableList<Direction> verticalChoices() {
        return verticalChoicesView;
    }

    ObjectProperty<Direction> horizontalProperty() {
        return horizontal;
    }

    ObjectProperty<Direction> verticalProperty() {
        return vertical;
    }

    public DoubleProperty spanProperty() {
        return span;
    }

    /** The label choices of a conditional G: {@link LatentGrid#CLASS_PER_ROW} (-1) and every class; empty otherwise. */
    public ObservableList<Integer> classChoices() {
        return classChoicesView;
    }

    public ObjectProperty<Integer> classChoiceProperty() {
        return classChoice;
    }

    /** The newest complete grid frame, or null before the first. */
    ReadOnlyObjectProperty<GridFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** The two dimensions the z-plane moves, or none for a 1-d latent. */
    public ReadOnlyObjectProperty<List<LatentDimension>> padDimensionsProperty() {
        return padDimensions.getReadOnlyProperty();
    }

    public void show(Snapshot s) {
        snapshot = s;
        if (s.experiment() != experiment) {
            experiment = s.experiment();
            walk.stop(Texts.get("walk.stopped.experiment"));
        }
        if (s.generator() != null) { // the Dirac GAN's G is a number, not a network: no latent space to walk
            useGenerator(s.generator());
        } else {
            frame.set(null); // nor a grid: the last network's would be another experiment's
        }
    }

    /** Runs {@code g} from now on; a generator of another shape gets a new grid, sliders and walk. */
    void useGenerator(GeneratorCopy g) {
        boolean same = generator != null && g.spec().equals(generator.spec()) && g.classes() == generator.classes()
                && g.prior() == generator.prior();
        generator = g;
        if (!same) {
            rebuild(g);
        }
        dirty = true; // new weights: the same latent point now maps elsewhere
    }

    private void rebuild(GeneratorCopy g) {
        grid = new LatentGrid(g.latentSize(), g.classes(), g.prior());
        walk.reset();
        inference.forget(); // results of the old generator's requests are dropped
        frame.set(null);
        List<LatentDimension> fresh = new ArrayList<>();
        for (int i = 0; i < grid.latentDims(); i++) {
            LatentDimension d = new LatentDimension(i, grid.range());
            d.valueProperty().addListener(changed);
            fresh.add(d);
        }
        dimensions.setAll(fresh);
        List<Integer> classes = new ArrayList<>();
        for (int c = grid.classes() > 0 ? LatentGrid.CLASS_PER_ROW : 0; c < grid.classes(); c++) {
            classes.add(c);
        }
        classChoices.setAll(classes);
        classChoice.set(grid.classes() > 0 ? LatentGrid.CLASS_PER_ROW : null); // null: no label to choose, none shown
        horizontalChoices.setAll(grid.horizontalChoices());
        verticalChoices.setAll(grid.verticalChoices());
        horizontal.set(grid.defaultHorizontal());
        vertical.set(grid.defaultVertical());
        span.set(grid.defaultSpan());
        if (grid.wide()) {
            randomize();
        }
        updatePad();
        dirty = true;
    }

    /** One frame of the view's loop: plays the walk, or asks for the grid again when something changed. */
    public void tick(long nanos) {
        if (walk.playing()) {
            walk.step();
            return;
        }
        if (dirty && grid != null && nanos - lastRequest >= REQUEST_NANOS) {
            request();
            lastRequest = nanos;
        }
        poll();
    }

    /** Draws the unlocked dimensions from the prior. */
    public void randomize() {
        for (LatentDimension d : dimensions) {
            if (!d.lockedProperty().get()) {
                d.valueProperty().set(grid.prior().draw(random));
            }
        }
    }

    /** Sets the unlocked dimensions to 0. */
    public void zero() {
        for (LatentDimension d : dimensions) {
            if (!d.lockedProperty().get()) {
                d.valueProperty().set(0);
            }
        }
    }

    /** The inference worker's state and the last request drawn (diagnostics for tests). */
    public String inferenceStatus() {
        return inference.status() + ", dirty " + dirty;
    }

    /** Ends the inference thread (may be called off the FX thread: it touches no property). */
    public void stop() {
        inference.close();
    }

    LatentGrid grid() {
        return grid;
    }

    /** The slider point. */
    float[] point() {
        float[] z = new float[dimensions.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) dimensions.get(i).valueProperty().get();
        }
        return z;
    }

    void moveTo(float[] z) {
        for (int i = 0; i < z.length && i < dimensions.size(); i++) {
            dimensions.get(i).valueProperty().set(z[i]);
        }
    }

    /** Asks for the grid around the slider point now; returns the request's id. */
    long request() {
        Integer c = classChoice.get();
        float[] inputs = grid.inputs(new GridRequest(point(), orDefault(horizontal.get(), grid.defaultHorizontal()),
                orDefault(vertical.get(), grid.defaultVertical()), span.get(),
                c == null || grid.classes() == 0 ? LatentGrid.CLASS_PER_ROW : c));
        dirty = false;
        return inference.submit(generator.spec(), generator.weights(), inputs);
    }

    /** Picks up a new result, if any, and shows it when it holds a whole grid. */
    GridInference.Polled poll() {
        // a grid asked of the last network must not be drawn over a game without one (the Dirac GAN's plane)
        GridInference.Polled p = snapshot == null || snapshot.generator() == null ? null
                : inference.poll(snapshot.pictures());
        if (p != null && p.frame() != null) {
            publish(p.frame());
        }
        return p;
    }

    /** Shows {@code f} as the grid on screen. */
    void publish(GridFrame f) {
        frame.set(f);
    }

    private void updatePad() {
        int[] axes = grid == null || horizontal.get() == null || vertical.get() == null ? null
                : grid.padAxes(horizontal.get(), vertical.get());
        padDimensions.set(axes == null || Math.max(axes[0], axes[1]) >= dimensions.size() ? List.of()
                : List.of(dimensions.get(axes[0]), dimensions.get(axes[1])));
    }

    private static Direction orDefault(Direction d, Direction fallback) {
        return d == null ? fallback : d;
    }
}
