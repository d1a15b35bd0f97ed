package ganexplorer.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ganexplorer.train.Hyperparameters;
import ganexplorer.train.Presets;
import org.junit.jupiter.api.Test;

/** Finding 9: a refused value names the field ("D learning rate"), never just "the learning rate". */
class SettingsFormTest {
    private final Hyperparameters running = Presets.byName("ring-wgan-gp").config().hyperparameters();

    private SettingsForm with(String g, String d) {
        SettingsForm f = SettingsForm.of(running);
        return new SettingsForm(g, d, f.batch(), f.criticSteps(), f.clip(), f.lambda());
    }

    @Test
    void aBadRateShouldNameWhichRate() {
        assertThatThrownBy(() -> with("1e-4", "-3").read(running)).hasMessageStartingWith("D learning rate: ")
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> with("20", "1e-4").read(running)).hasMessageStartingWith("G learning rate: ");
        assertThatThrownBy(() -> with("abc", "1e-4").read(running)).hasMessage(
                "G learning rate: \"abc\" is not a number. Type values like 0.0002 or 2e-4.");
    }

    @Test
    void ratesShouldReadAsPlainDecimals() {
        assertThat(SettingsForm.of(running).generatorRate()).isEqualTo("0.0005");
        assertThat(SettingsForm.plain(1e-5)).isEqualTo("0.00001");
        assertThat(SettingsForm.plain(10)).isEqualTo("10");
    }

    @Test
    void otherFieldsShouldBeNamedToo() {
        SettingsForm f = SettingsForm.of(running);
        assertThatThrownBy(() -> new SettingsForm(f.generatorRate(), f.criticRate(), "0", f.criticSteps(), f.clip(),
                f.lambda()).read(running)).hasMessageStartingWith("Batch size: ");
        assertThatThrownBy(() -> new SettingsForm(f.generatorRate(), f.criticRate(), f.batch(), f.criticSteps(), "-1",
                f.lambda()).read(running)).hasMessageStartingWith("Clip: ");
    }

    @Test
    void newRatesShouldPinTheOptimizersAndTheFormShouldRoundTrip() {
        assertThat(SettingsForm.of(running).read(running)).isEqualTo(running);
        Hyperparameters h = with("1e-4", "2e-4").read(running.unpinned());
        assertThat(h.generatorOptimizer().learningRate()).isEqualTo(1e-4);
        assertThat(h.criticOptimizer().learningRate()).isEqualTo(2e-4);
        assertThat(h.pinned()).isTrue();
    }
}
