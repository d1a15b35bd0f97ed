package ganexplorer.ui.latent;

import ganexplorer.ui.Texts;
import ganexplorer.model.LatentInterpolation;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A latent walk: the anchors saved so far, how to interpolate between them, and while it plays the path, the
 * frame on screen and (for an export) the pictures recorded so far. Plain Java; the UI model drives it.
 */
final class Walk {
    static final int FRAMES_PER_LEG = 24;

    private final List<float[]> anchors = new ArrayList<>();
    private LatentInterpolation interpolation = LatentInterpolation.SPHERICAL;
    private float[][] path;
    private int position;
    private List<BufferedImage> recording;

    void addAnchor(float[] z) {
        if (!anchors.isEmpty() && anchors.get(0).length != z.length) {
            throw new IllegalArgumentException("an anchor of " + z.length + " values in a walk of " + anchors.get(0).length);
        }
        anchors.add(z.clone());
    }

    /** Forgets the anchors (and stops a walk through them). */
    void clear() {
        anchors.clear();
        stop();
    }

    int anchorCount() {
        return anchors.size();
    }

    float[] anchor(int i) {
        return anchors.get(i).clone();
    }

    LatentInterpolation interpolation() {
        return interpolation;
    }

    void interpolation(LatentInterpolation how) {
        interpolation = how;
    }

    /** Starts at the first anchor; throws IllegalArgumentException, with what to tell the user, below two anchors. */
    void start(boolean record) {
        if (anchors.size() < 2) {
            throw new IllegalArgumentException(Texts.format("walk.needsTwo", anchors.size()));
        }
        path = interpolation.walk(anchors, FRAMES_PER_LEG);
        position = 0;
        recording = record ? new ArrayList<>() : null;
    }

    boolean playing() {
        return path != null;
    }

    boolean recording() {
        return recording != null;
    }

    /** The latent point of the frame to show now. */
    float[] current() {
        if (path == null) {
            throw new IllegalStateException("no walk is playing");
        }
        return path[position].clone();
    }

    int position() {
        return position;
    }

    int length() {
        return path == null ? 0 : path.length;
    }

    /**
     * The current frame is on screen: keeps {@code picture} if recording and moves on; returns true when that was the
     * last frame (the walk is then over; {@link #takeRecording()} hands out what it recorded).
     */
    boolean shown(BufferedImage picture) {
        if (path == null) {
            throw new IllegalStateException("no walk is playing");
        }
        if (recording != null) {
            if (picture == null) {
                throw new IllegalArgumentException("a recorded walk needs the picture of every frame");
            }
            recording.add(picture);
        }
        if (++position < path.length) {
            return false;
        }
        path = null;
        return true;
    }

    /** The pictures of the last recorded walk (empty if none), once. */
    List<BufferedImage> takeRecording() {
        List<BufferedImage> out = recording == null || path != null ? List.of() : recording;
        if (path == null) {
            recording = null;
        }
        return out;
    }

    void stop() {
        path = null;
        recording = null;
    }
}
