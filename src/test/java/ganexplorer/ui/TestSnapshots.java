package ganexplorer.ui;

import ganexplorer.data.Bounds;
import ganexplorer.data.ImageShape;
import ganexplorer.metrics.ToyMetrics;
import ganexplorer.train.ImagePictures;
import ganexplorer.train.MetricRow;
import ganexplorer.train.Notice;
import ganexplorer.train.Pictures;
import ganexplorer.train.PlanePictures;
import ganexplorer.train.Presets;
import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import ganexplorer.train.TrainingConfig;
import java.util.ArrayList;
import java.util.List;

/** Snapshots made by hand, for tests of what views and UI models derive from one. */
public final class TestSnapshots {
    private TestSnapshots() {
    }

    public static PlanePictures plane(float... fake) {
        return new PlanePictures(new float[] {0, 0}, fake, new Bounds(-2, 2, -2, 2), null, null, 0, null, 0, null);
    }

    public static ImagePictures digits() {
        return new ImagePictures(new float[784], new float[784], new ImageShape(1, 28, 28));
    }

    /** A ring-wgan-gp snapshot of {@code experiment} with rows whose W1 values are given. */
    public static Snapshot of(long experiment, TrainingConfig config, Pictures pictures, List<Notice> notices,
                              double... w1) {
        List<MetricRow> rows = new ArrayList<>();
        for (int i = 0; i < w1.length; i++) {
            rows.add(new MetricRow(experiment, 100L * (i + 1), config.objective(), 0.1, 0.2, 0.5, 1, 1,
                    new ToyMetrics(w1[i], 8, 8, 0.9, 0.1, 0.1)));
        }
        return new Snapshot(experiment, 100L * w1.length, RunState.RUNNING, config,
                config.hyperparameters().objective(config.objective()), config.hyperparameters(), notices, rows,
                List.of(), null, pictures, null, 100);
    }

    /** A ring-wgan-gp snapshot whose rows have the given critic estimates and exact W1s, pairwise. */
    public static Snapshot ringWithCritic(long experiment, double[] critic, double[] w1) {
        TrainingConfig config = Presets.byName("ring-wgan-gp").config();
        List<MetricRow> rows = new ArrayList<>();
        for (int i = 0; i < w1.length; i++) {
            rows.add(new MetricRow(experiment, 100L * (i + 1), config.objective(), 0.1, 0.2, critic[i], 1, 1,
                    new ToyMetrics(w1[i], 8, 8, 0.9, 0.1, 0.1)));
        }
        return new Snapshot(experiment, 100L * w1.length, RunState.RUNNING, config,
                config.hyperparameters().objective(config.objective()), config.hyperparameters(), List.of(), rows,
                List.of(), null, plane(0, 0), null, 100);
    }

    public static Snapshot ring(long experiment, double... w1) {
        return of(experiment, Presets.byName("ring-wgan-gp").config(), plane(0, 0), List.of(), w1);
    }
}
