package ganexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** samples.png's top bar: the legend keeps clear of a caption that has grown with the metrics. */
class SamplePlotTest {
    @Test
    void aShortCaptionShouldShareItsLineWithTheLegendAndALongOneShouldPushItDown() {
        assertThat(SamplePlot.legendTop(200)).isZero();
        assertThat(SamplePlot.legendTop(470)).isZero(); // 8 + 470 + 12 = 490 = 640 - 150
        assertThat(SamplePlot.legendTop(471)).isPositive();
        assertThat(SamplePlot.legendTop(560)).isEqualTo(22); // "ring8  step 600  wgan-clip  W1 ... 3sd 1/8 hq 0.00"
    }
}
