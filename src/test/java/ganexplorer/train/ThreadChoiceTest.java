package ganexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The app's per-model thread choice: more threads only where the work splits (the convolutions). */
class ThreadChoiceTest {
    private static final TrainerOptions APP = TrainerOptions.interactive(TrainerOptions.FASTEST);

    @Test
    void aDcganGetsOneThreadPerCore() {
        TrainingConfig dcgan = Presets.byName("digits-dcgan").config();
        assertEquals(2, APP.threadsFor(dcgan, 2));
        assertEquals(8, APP.threadsFor(dcgan, 8));
        assertEquals(1, APP.threadsFor(dcgan, 1));
    }

    @Test
    void modelsWithoutConvolutionsStayOnTheTrainerThread() {
        assertEquals(1, APP.threadsFor(Presets.byName("ring-wgan-gp").config(), 8));
        assertEquals(1, APP.threadsFor(Presets.byName("digits-mlp").config(), 8));
        assertEquals(1, APP.threadsFor(Presets.byName("dirac-simultaneous").config(), 8));
    }

    @Test
    void aFixedCountIsKept() {
        TrainerOptions cli = TrainerOptions.headless(1, 100);
        assertEquals(1, cli.threadsFor(Presets.byName("digits-dcgan").config(), 8));
        assertEquals(3, TrainerOptions.headless(3, 100).threadsFor(Presets.byName("ring-wgan-gp").config(), 2));
        assertThrows(IllegalArgumentException.class, () -> TrainerOptions.headless(-1, 100));
    }
}
