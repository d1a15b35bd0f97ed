package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.model.DiracGan;
import org.junit.jupiter.api.Test;

class PresetsWindowTest {
    @Test
    void theWindowShouldOfferEveryPresetTheDiracGamesIncludedNowThatItDrawsTheirPlane() {
        assertThat(Presets.forWindow()).extracting(Preset::name).contains("ring-wgan-gp", "ring-collapse", "digits-dcgan",
                "dirac-simultaneous", "dirac-alternating", "dirac-r1", "dirac-wgan-gp", "xy-game");
        assertThat(Presets.all()).filteredOn(p -> p.config().architecture() instanceof DiracGan).hasSize(5);
        assertThat(Presets.forWindow()).containsExactlyElementsOf(Presets.all());
    }
}
