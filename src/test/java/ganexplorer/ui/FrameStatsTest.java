package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameStatsTest {
    @Test
    void shouldReportPercentilesOfTheGapsBetweenFrames() {
        FrameStats f = new FrameStats(1000);
        long t = 0;
        f.frame(t);
        for (int i = 0; i < 99; i++) {
            t += 16_000_000;
            f.frame(t);
        }
        t += 50_000_000; // one long frame
        f.frame(t);
        assertThat(f.frames()).isEqualTo(100);
        assertThat(f.percentileMillis(50)).isEqualTo(16.0);
        assertThat(f.percentileMillis(99)).isEqualTo(16.0);
        assertThat(f.percentileMillis(100)).isEqualTo(50.0);
    }

    @Test
    void shouldKeepOnlyTheNewestGapsWhenFull() {
        FrameStats f = new FrameStats(10);
        for (int i = 0; i <= 30; i++) {
            f.frame(i * (i < 20 ? 100_000_000L : 10_000_000L));
        }
        assertThat(f.frames()).isEqualTo(10);
        assertThat(f.percentileMillis(100)).isLessThan(1000);
        assertThat(new FrameStats(4).percentileMillis(99)).isNaN();
    }
}
