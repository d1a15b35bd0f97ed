package ganexplorer.ui;

import ganexplorer.train.Command;
import ganexplorer.train.Snapshot;
import ganexplorer.train.Trainer;
import ganexplorer.train.TrainerOptions;
import ganexplorer.train.TrainingConfig;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The UI's only connection to training. Commands go out without waiting; once per frame an AnimationTimer takes
 * the newest snapshot (older ones are simply skipped) and hands it to the views. The FX thread never blocks on the
 * trainer, and nothing here assumes the trainer runs in this process.
 */
public final class TrainerLink {
    private final Trainer trainer;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    // copied on write: a view may join (a window's first layout) while the frame loop hands a snapshot round; an
    // ArrayList threw ConcurrentModificationException there once in WindowTruthTest
    private final List<Consumer<Snapshot>> views = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final FrameStats frames = new FrameStats(4096);
    private final FrameStats work = new FrameStats(4096);
    private final AnimationTimer pump;
    private boolean replay;

    public TrainerLink(TrainingConfig config) {
        trainer = new Trainer(config, TrainerOptions.interactive(TrainerOptions.FASTEST));
        pump = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.frame(now);
                Snapshot s = trainer.latest();
                if (s != null && (s != snapshot.get() || replay)) {
                    replay = false;
                    long t0 = System.nanoTime();
                    snapshot.set(s);
                    for (Consumer<Snapshot> v : views) {
                        v.accept(s);
                    }
                    work.add(System.nanoTime() - t0);
                }
            }
        };
    }

    public void start() {
        trainer.start(); // ND4J loads on the trainer thread: the window is already up
        pump.start();
    }

    public void send(Command command) {
        trainer.send(command);
    }

    /** Called on the FX thread with every new snapshot the frame loop picks up. */
    public void addView(Consumer<Snapshot> view) {
        views.add(view);
    }

    /** Hands the current snapshot to the views again on the next frame (views built anew while training is paused). */
    public void replay() {
        replay = true;
    }

    /** Stops handing snapshots to {@code view} (a window content replaced after a language switch). */
    public void removeView(Consumer<Snapshot> view) {
        views.remove(view);
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public FrameStats frameStats() {
        return frames;
    }

    /** Time the views spent taking in each snapshot on the FX thread. */
    public FrameStats updateStats() {
        return work;
    }

    public void stop() {
        pump.stop();
        trainer.close();
    }
}
