package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.ui.WindowPlacement.Box;
import org.junit.jupiter.api.Test;

/** Finding 9: the first window fits the screen it opens on. */
class WindowPlacementTest {
    private static final Box PROJECTOR = new Box(0, 0, 1280, 720);

    @Test
    void freshSettingsOnA1280x720ScreenShouldFillItNotOverflowIt() {
        Box b = WindowPlacement.fit(null, PROJECTOR);
        assertThat(b).isEqualTo(new Box(0, 0, 1280, 720));
    }

    @Test
    void freshSettingsOnALargeScreenShouldOpenAtThePreferredSizeCentred() {
        Box b = WindowPlacement.fit(null, new Box(0, 0, 1920, 1080));
        assertThat(b).isEqualTo(new Box(240, 90, 1440, 900));
    }

    @Test
    void aRememberedSizeShouldBeClampedToTheCurrentScreenAndKeptOnIt() {
        Box remembered = new Box(600, 300, 1900, 1000); // from a larger monitor last time
        Box b = WindowPlacement.fit(remembered, PROJECTOR);
        assertThat(b).isEqualTo(new Box(0, 0, 1280, 720));
        Box offScreen = WindowPlacement.fit(new Box(5000, 40, 1000, 640), new Box(0, 0, 1920, 1080));
        assertThat(offScreen.x() + offScreen.width()).isLessThanOrEqualTo(1920);
        assertThat(offScreen.x()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aScreenWithAnOffsetShouldBeRespected() {
        Box b = WindowPlacement.fit(new Box(Double.NaN, Double.NaN, 1440, 900), new Box(1920, 24, 1280, 696));
        assertThat(b).isEqualTo(new Box(1920, 24, 1280, 696));
    }
}
