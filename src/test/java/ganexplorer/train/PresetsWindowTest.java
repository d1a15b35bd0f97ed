package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.model.DiracGan;
import org.junit.jupiter.api.Test;

class PresetsWindowTest {
    @Test
    void theWindowShouldOfferEveryPresetItCanDrawAndNoDiracGameUntilItsViewExists() {
        assertThat(Presets.forWindow()).extracting(Preset::name).contains("ring-wgan-gp", "ring-collapse", "digits-dcgan")
                .doesNotContain("dirac-alternating", "xy-game");
        assertThat(Presets.all()).filteredOn(p -> p.config().architecture() instanceof DiracGan).hasSize(5);
        assertThat(Presets.forWindow()).hasSize(Presets.all().size() - 5);
    }
}
