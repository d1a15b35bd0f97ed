package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WatchPaceTest {
    private static final long MS = 1_000_000;

    @Test
    void shouldSpaceStepsAtTheRateWithoutBurstingAfterAPause() {
        WatchPace pace = new WatchPace();
        pace.set(40);
        assertThat(pace.waitNanos(0)).as("the first step at once").isZero();
        pace.stepped(0);
        assertThat(pace.waitNanos(10 * MS)).isEqualTo(15 * MS);
        assertThat(pace.waitNanos(25 * MS)).isZero();
        pace.stepped(25 * MS);
        assertThat(pace.waitNanos(25 * MS)).isEqualTo(25 * MS);
        // paused for ten seconds: the step at the end of the pause and one more (a step of slack for a late
        // one) come at once, then a period each: no burst of the 400 steps the pause "owed"
        pace.stepped(10_000 * MS);
        assertThat(pace.waitNanos(10_000 * MS)).isZero();
        pace.stepped(10_000 * MS);
        assertThat(pace.waitNanos(10_000 * MS)).isEqualTo(25 * MS);
        pace.stepped(10_025 * MS);
        assertThat(pace.waitNanos(10_025 * MS)).isEqualTo(25 * MS);
        pace.set(0);
        pace.stepped(10_001 * MS);
        assertThat(pace.waitNanos(10_001 * MS)).as("no limit").isZero();
    }

    @Test
    void theAppShouldTrainTheDiracGameAtItsWatchingPaceAndTheCliAtFullSpeed() throws Exception {
        TrainingConfig dirac = Presets.byName("dirac-alternating").config();
        TrainerOptions app = new TrainerOptions(1, 0, true, 33, 0, 100, 0, false, true);
        try (Trainer t = new Trainer(dirac, app)) {
            t.start();
            long t0 = System.nanoTime();
            Thread.sleep(2_000);
            Snapshot s = t.latest();
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(s.step()).as("steps in %.1f s at 40 a second", seconds)
                    .isLessThanOrEqualTo((long) (seconds * DiracSession.WATCH_PACE) + 2).isGreaterThan(10);
            assertThat(s.stepsPerSecond()).isLessThanOrEqualTo(DiracSession.WATCH_PACE);
        }
        try (Trainer t = new Trainer(dirac, TrainerOptions.headless(1, 2_000))) {
            long t0 = System.nanoTime();
            t.start();
            assertThat(t.awaitFinished(60, TimeUnit.SECONDS)).isTrue();
            assertThat(t.latest().step()).isEqualTo(2_000);
            assertThat((System.nanoTime() - t0) / 1e9).as("2,000 steps headless, far above the pace").isLessThan(30);
        }
    }
}
