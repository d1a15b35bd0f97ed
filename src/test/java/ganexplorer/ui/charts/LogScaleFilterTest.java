package ganexplorer.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogScaleFilterTest {
    private static final List<String> NAMES = List.of("critic (D) loss", "generator loss");

    @Test
    void aLineWithAValueAtOrBelowZeroIsLeftOffOnlyWhileLogScaleIsOn() {
        LogScaleFilter f = new LogScaleFilter(2);
        f.observe(0, 0.5);
        f.observe(0, -0.1);
        f.observe(1, 2.0);
        assertThat(f.drawn(0, true)).isFalse();
        assertThat(f.drawn(1, true)).isTrue();
        assertThat(f.note(NAMES, true)).isEqualTo("critic (D) loss not drawn on a log scale: it has values ≤ 0");
        assertThat(f.drawn(0, false)).as("linear scale draws everything").isTrue();
        assertThat(f.note(NAMES, false)).isEmpty();
    }

    @Test
    void zeroCountsAndTheNoteNamesEveryLineLeftOut() {
        LogScaleFilter f = new LogScaleFilter(2);
        f.observe(0, 0.0); // a coverage of 0 at the start
        f.observe(1, -3);
        assertThat(f.note(NAMES, true))
                .isEqualTo("critic (D) loss and generator loss not drawn on a log scale: they have values ≤ 0");
    }

    @Test
    void aNewExperimentStartsWithEveryLineDrawn() {
        LogScaleFilter f = new LogScaleFilter(2);
        f.observe(1, -3);
        f.clear();
        f.observe(1, 3);
        assertThat(f.drawn(1, true)).isTrue();
        assertThat(f.note(NAMES, true)).isEmpty();
    }
}
