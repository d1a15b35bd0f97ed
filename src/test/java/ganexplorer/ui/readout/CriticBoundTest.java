package ganexplorer.ui.readout;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.metrics.ImageMetrics;
import ganexplorer.metrics.ToyMetrics;
import ganexplorer.train.MetricRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriticBoundTest {
    private static MetricRow row(String objective, double critic, double w1) {
        return new MetricRow(1, 100, objective, 0, 0, critic, 1, 1, new ToyMetrics(w1, 8, 8, 0.9, 0.1, 0.1));
    }

    @Test
    void aWassersteinCriticAboveTheExactW1ShouldBreakTheBoundAndOneBelowShouldNot() {
        assertThat(row("wgan-gp", 0.30, 0.20).criticOverW1()).isEqualTo(0.30 / 0.20);
        assertThat(CriticBound.exceeded(row("wgan-gp", 0.30, 0.20))).isTrue();
        assertThat(CriticBound.exceeded(row("wgan-clip", 0.201, 0.20))).isTrue();
        assertThat(CriticBound.exceeded(row("wgan-gp", 0.20, 0.20))).isFalse(); // equal is allowed: the bound is W1
        assertThat(CriticBound.exceeded(row("wgan-gp", -0.1, 0.20))).isFalse();
        assertThat(CriticBound.caveat(row("wgan-gp", 0.30, 0.20))).contains("1.50×").endsWith("a larger λ keeps it closer.");
        assertThat(CriticBound.caveat(row("wgan-clip", 0.30, 0.20))).contains("1.50×").contains("a multiple of W1")
                .doesNotContain("λ");
        assertThat(CriticBound.caveat(row("wgan-gp", 0.19, 0.20))).isEmpty();
    }

    @Test
    void objectivesWhoseCriticIsNoDistanceAndImagesShouldNotBeJudged() {
        assertThat(CriticBound.exceeded(row("bce", 3, 0.2))).isFalse();
        assertThat(CriticBound.applies(row("hinge", 3, 0.2))).isFalse();
        MetricRow image = new MetricRow(1, 100, "wgan-gp", 0, 0, 5, 1, 1, new ImageMetrics(1, 1, 1, 1, 1, 1, 10,
                10, 1, 9, 0.1, Double.NaN));
        assertThat(image.criticOverW1()).isNaN();
        assertThat(CriticBound.applies(image)).isFalse();
    }

    @Test
    void theChartNoteShouldCountTheRowsAboveAmongThoseJudged() {
        List<MetricRow> rows = List.of(row("wgan-gp", 0.5, 0.4), row("wgan-gp", 0.3, 0.35), row("bce", 9, 0.3),
                row("wgan-gp", 0.31, 0.3));
        assertThat(CriticBound.chartNote(rows)).isEqualTo("critic estimate above exact W1 on 2 of 3 rows: not "
                + "1-Lipschitz there");
        assertThat(CriticBound.chartNote(rows.subList(1, 3))).isEmpty();
    }
}
