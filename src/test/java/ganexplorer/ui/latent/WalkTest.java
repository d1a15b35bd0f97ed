package ganexplorer.ui.latent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ganexplorer.model.LatentInterpolation;
import java.awt.image.BufferedImage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class WalkTest {
    private static final float[] A = {1, 0};
    private static final float[] B = {0, 1};
    private static final float[] C = {-1, 0};

    @Test
    void aWalkShouldNeedTwoAnchorsAndSaySo() {
        Walk walk = new Walk();
        assertThatThrownBy(() -> walk.start(false)).hasMessageContaining("at least two anchors").hasMessageContaining("Save point")
                .hasMessageContaining("0 so far");
        walk.addAnchor(A);
        assertThatThrownBy(() -> walk.start(true)).hasMessageContaining("1 so far");
        assertThat(walk.playing()).isFalse();
    }

    @Test
    void playingShouldVisitEveryFrameFromTheFirstAnchorToTheLast() {
        Walk walk = new Walk();
        walk.addAnchor(A);
        walk.addAnchor(B);
        walk.addAnchor(C);
        walk.start(false);
        assertThat(walk.length()).isEqualTo(2 * Walk.FRAMES_PER_LEG + 1);
        assertThat(walk.current()).containsExactly(A, Offset.offset(1e-6f));
        int frames = 0;
        float[] last = null;
        boolean done = false;
        while (!done) {
            assertThat(walk.position()).isEqualTo(frames);
            last = walk.current();
            done = walk.shown(null);
            frames++;
        }
        assertThat(frames).isEqualTo(2 * Walk.FRAMES_PER_LEG + 1);
        assertThat(last).containsExactly(C, Offset.offset(1e-6f));
        assertThat(walk.playing()).isFalse();
        assertThat(walk.takeRecording()).isEmpty();
        assertThatThrownBy(walk::current).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theChosenInterpolationShouldShapeThePath() {
        Walk walk = new Walk();
        walk.addAnchor(A);
        walk.addAnchor(B);
        walk.interpolation(LatentInterpolation.LINEAR);
        walk.start(false);
        for (int i = 0; i < Walk.FRAMES_PER_LEG / 2; i++) {
            walk.shown(null);
        }
        assertThat(walk.current()).containsExactly(new float[] {0.5f, 0.5f}, Offset.offset(1e-6f));
        walk.interpolation(LatentInterpolation.SPHERICAL);
        walk.start(false);
        for (int i = 0; i < Walk.FRAMES_PER_LEG / 2; i++) {
            walk.shown(null);
        }
        float[] mid = walk.current();
        assertThat(Math.hypot(mid[0], mid[1])).as("on the unit circle").isCloseTo(1, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void recordingShouldKeepOnePicturePerFrameAndHandThemOutOnce() {
        Walk walk = new Walk();
        walk.addAnchor(A);
        walk.addAnchor(B);
        walk.start(true);
        assertThat(walk.recording()).isTrue();
        assertThatThrownBy(() -> walk.shown(null)).hasMessageContaining("picture of every frame");
        BufferedImage picture = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        assertThat(walk.takeRecording()).as("nothing while it plays").isEmpty();
        while (!walk.shown(picture)) {
            assertThat(walk.playing()).isTrue();
        }
        assertThat(walk.takeRecording()).hasSize(Walk.FRAMES_PER_LEG + 1);
        assertThat(walk.takeRecording()).isEmpty();
        assertThat(walk.recording()).isFalse();
    }

    @Test
    void anchorsShouldBeCopiesOfOneSizeAndClearingShouldStopTheWalk() {
        Walk walk = new Walk();
        float[] z = {1, 2};
        walk.addAnchor(z);
        z[0] = 7;
        assertThat(walk.anchor(0)).containsExactly(1, 2);
        assertThatThrownBy(() -> walk.addAnchor(new float[3])).hasMessageContaining("3 values in a walk of 2");
        walk.addAnchor(B);
        walk.start(true);
        walk.clear();
        assertThat(walk.playing()).isFalse();
        assertThat(walk.recording()).isFalse();
        assertThat(walk.anchorCount()).isZero();
    }
}
