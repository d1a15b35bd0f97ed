package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.metrics.SampleQualities;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Finding 1 of "the window tells the truth": a row measured for one experiment never lands in the next one's. */
class ExperimentIsolationTest {
    @Test
    void aRowInFlightWhenANewExperimentStartsShouldNeverReachItsHistory() throws Exception {
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The first experiment's first measurement blocks, as an image metric takes seconds; later ones are quick.
        MetricsWorker.Measure slowFirst = (real, fake, labels, data) -> {
            if (inFlight.getCount() > 0) {
                inFlight.countDown();
                await(release);
            }
            return SampleQualities.measure(real, fake, labels, data);
        };
        List<MetricRow> told = new CopyOnWriteArrayList<>();
        List<Snapshot> seen = new CopyOnWriteArrayList<>();
        TrainerOptions options = new TrainerOptions(1, 0, true, 5, 8, 0, 0, false);
        try (Trainer t = new Trainer(TrainerTest.config("bce", 1), options, null, List.of(), slowFirst)) {
            t.addListener(new TrainingListener() {
                @Override
                public void onRow(MetricRow row) {
                    told.add(row);
                }
            });
            t.start();
            assertThat(inFlight.await(60, TimeUnit.SECONDS)).as("a first-experiment row is being measured").isTrue();
            long first = t.latest().experiment();
            t.send(new Command.NewExperiment(TrainerTest.config("hinge", 2)));
            TrainerTest.awaitSnapshot(t, s -> s.experiment() != first);
            release.countDown(); // the old row finishes now, inside the new experiment
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && (t.latest().history().size() < 3)) {
                seen.add(t.latest());
                Thread.sleep(5);
            }
            Snapshot last = t.latest();
            assertThat(last.experiment()).isNotEqualTo(first);
            assertThat(last.history()).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(r -> {
                        assertThat(r.experiment()).isEqualTo(last.experiment());
                        assertThat(r.objective()).isEqualTo("hinge");
                    });
            assertThat(seen).filteredOn(s -> s.experiment() != first)
                    .allSatisfy(s -> assertThat(s.history()).allMatch(r -> r.experiment() == s.experiment()));
            assertThat(told).filteredOn(r -> r.objective().equals("bce")).allMatch(r -> r.experiment() == first);
            assertThat(told).filteredOn(r -> r.experiment() != first).allMatch(r -> r.objective().equals("hinge"));
        }
    }

    /**
     * Finding 6: a measurement that fails (the exact W1 now refuses a non-finite point instead of looping forever)
     * says so in a notice, and the rows after it are measured as usual: nothing hangs, nothing is lost silently.
     */
    @Test
    void aFailedMeasurementShouldBeSaidAndLaterRowsShouldStillArrive() throws Exception {
        MetricsWorker.Measure failsFirst = new MetricsWorker.Measure() {
            private boolean failed;

            @Override
            public ganexplorer.metrics.SampleQuality measure(float[] real, float[] fake, int[] labels,
                                                             ganexplorer.data.TrainingData data) {
                if (!failed) {
                    failed = true;
                    fake[0] = Float.NaN; // what a runaway generator hands the exact W1
                }
                return SampleQualities.measure(real, fake, labels, data);
            }
        };
        TrainerOptions options = new TrainerOptions(1, 0, true, 5, 8, 0, 0, false);
        try (Trainer t = new Trainer(TrainerTest.config("bce", 1), options, null, List.of(), failsFirst)) {
            t.start();
            Snapshot s = TrainerTest.awaitSnapshot(t, x -> x.history().size() >= 3);
            assertThat(s.notices()).anySatisfy(n -> {
                assertThat(n.severity()).isEqualTo(Notice.Severity.WARNING);
                assertThat(n.text()).startsWith("Could not measure step 10: generated point 0 has a non-finite")
                        .endsWith("Training goes on.");
            });
            assertThat(s.history()).extracting(MetricRow::step).startsWith(20L, 30L, 40L);
        }
    }

    @Test
    void aNewExperimentShouldStartWithAnEmptyHistoryAndItsOwnId() throws Exception {
        TrainerOptions options = new TrainerOptions(1, 0, true, 5, 8, 0, 0, false);
        try (Trainer t = new Trainer(TrainerTest.config("bce", 1), options)) {
            t.start();
            Snapshot before = TrainerTest.awaitSnapshot(t, s -> s.history().size() >= 2);
            t.send(new Command.NewExperiment(TrainerTest.config("bce", 3)));
            Snapshot after = TrainerTest.awaitSnapshot(t, s -> s.experiment() != before.experiment());
            assertThat(after.history()).allMatch(r -> r.experiment() == after.experiment());
            assertThat(after.step()).isLessThan(before.step() + 5);
        }
    }

    @Test
    void farOutShareShouldCountPointsBeyondABoxWidthAndNaN() {
        ganexplorer.data.Bounds box = new ganexplorer.data.Bounds(-1, 1, -1, 1);
        float[] fake = {0, 0, 2.9f, 0, 3.1f, 0, Float.NaN, 0, 0, -3.5f};
        PlanePictures p = new PlanePictures(new float[0], fake, box, null, null, 0, null, 0, null);
        assertThat(FarOut.share(p)).isEqualTo(3 / 5.0);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
