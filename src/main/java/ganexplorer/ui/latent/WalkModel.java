package ganexplorer.ui.latent;

import ganexplorer.ui.Texts;
import ganexplorer.model.LatentInterpolation;
import ganexplorer.ui.AppPaths;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The walk half of the latent tab's UI model, without Nodes: anchors (the slider point, or a clicked grid cell),
 * the interpolation, and playback one frame at a time through the latent model's inference; an export records
 * each frame off screen and saves a PNG strip and a GIF. Messages say what happened or why not.
 */
public final class WalkModel {
    private final LatentModel latent;
    private final Walk walk = new Walk();
    private final ObjectProperty<LatentInterpolation> interpolation =
            new SimpleObjectProperty<>(this, "interpolation", LatentInterpolation.SPHERICAL);
    private final ReadOnlyIntegerWrapper anchorCount = new ReadOnlyIntegerWrapper(this, "anchorCount");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper walking = new ReadOnlyBooleanWrapper(this, "walking");
    private Function<GridFrame, BufferedImage> recorder = f -> null;
    private long awaiting;

    WalkModel(LatentModel latent) {
        this.latent = latent;
        interpolation.addListener((o, a, b) -> walk.interpolation(b == null ? LatentInterpolation.SPHERICAL : b));
    }

    public ObjectProperty<LatentInterpolation> interpolationProperty() {
        return interpolation;
    }

    public ReadOnlyIntegerProperty anchorCountProperty() {
        return anchorCount.getReadOnlyProperty();
    }

    /** What the last walk command said: saved files, why it could not run, or which cell a click anchored. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty walkingProperty() {
        return walking.getReadOnlyProperty();
    }

    /** Renders a frame as an export shows it (the view's painter, off screen: a snapshot of a shown node relayouts the scene). */
    void recordFramesWith(Function<GridFrame, BufferedImage> render) {
        recorder = render;
    }

    /** Adds the slider point as an anchor. */
    public void savePoint() {
        if (latent.grid() == null) {
            message.set(Texts.get("walk.notReady"));
            return;
        }
        add(latent.point());
        message.set(Texts.format("walk.anchor.slider", walk.anchorCount()));
    }

    public void clearAnchors() {
        reset();
        message.set("");
    }

    /**
     * A click at (px, py) on the grid drawn {@code size} pixels square: the image there, or the mesh dot within
     * {@link GridGeometry#PICK_RADIUS}, becomes an anchor, as the frame on screen was drawn (not where the sliders
     * have moved since).
     */
    public void pick(double px, double py, double size) {
        GridFrame f = latent.frameProperty().get();
        if (f == null) {
            message.set(Texts.get("walk.gridNotDrawn"));
            return;
        }
        GridGeometry.Hit hit = GridGeometry.pick(f, size, px, py);
        if (hit.cell() < 0) {
            return;
        }
        if (!hit.picked()) {
            message.set(Texts.format("walk.clickCloser", hit.distance()));
            return;
        }
        add(latent.grid().latentOfRow(f.inputs(), hit.cell()));
        int side = LatentGrid.SIDE;
        message.set(Texts.format("walk.anchor.cell", walk.anchorCount(), hit.cell() % side + 1, hit.cell() / side + 1));
    }

    /** Plays (and, for an export, records) the walk through the anchors. */
    public void start(boolean record) {
        if (latent.grid() == null) {
            message.set(Texts.get("walk.notReady"));
            return;
        }
        try {
            walk.start(record);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        awaiting = 0;
        walking.set(true);
        message.set(record ? Texts.get("walk.recording") : Texts.get("walk.playing"));
    }

    boolean playing() {
        return walk.playing();
    }

    /** One frame of the view's loop: move the slider point, wait for that frame's grid, record it, go on. */
    void step() {
        if (awaiting == 0) {
            latent.moveTo(walk.current());
            awaiting = latent.request();
            return;
        }
        GridInference.Polled p = latent.poll();
        if (p == null || p.requestId() != awaiting) {
            return;
        }
        awaiting = 0;
        if (p.frame() == null) {
            stop(Texts.format("walk.stopped.failed", latent.inferenceStatus()));
            return;
        }
        BufferedImage picture = walk.recording() ? recorder.apply(p.frame()) : null;
        int length = walk.length();
        if (walk.shown(picture)) {
            walking.set(false);
            List<BufferedImage> frames = walk.takeRecording();
            message.set(frames.isEmpty() ? Texts.format("walk.played", length, walk.anchorCount())
                    : WalkExport.saveWalk(frames, AppPaths.exports()));
        }
    }

    /** Stops a walk in progress and says why. */
    void stop(String why) {
        if (walk.playing()) {
            walk.stop();
            walking.set(false);
            awaiting = 0;
            message.set(why);
        }
    }

    /** Forgets the anchors and any walk (a new generator: its latent points mean something else). */
    void reset() {
        walk.clear();
        anchorCount.set(0);
        walking.set(false);
        awaiting = 0;
    }

    private void add(float[] z) {
        walk.addAnchor(z);
        anchorCount.set(walk.anchorCount());
    }
}
