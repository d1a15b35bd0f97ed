package ganexplorer.ui.modes;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.metrics.ToyMetrics;
import ganexplorer.train.MetricRow;
import ganexplorer.ui.Language;
import ganexplorer.ui.Texts;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The modes strip's live sentence: each case made true by one set of shares and false by another. */
class ModesSentenceTest {
    private static List<MetricRow> row(Double... shares) {
        ToyMetrics t = new ToyMetrics(0.5, 0, shares.length, 0, 0.1, 0.1, null, List.of(shares), List.of(shares));
        return List.of(new MetricRow(1, 100, "bce", 0, 0, 0, 0, 0, t));
    }

    @AfterEach
    void english() {
        Texts.setLanguage(Language.EN);
    }

    @Test
    void twoModesHoldingNearlyEverythingShouldBeCalledCollapseAndAnEvenSpreadShouldNot() {
        Texts.setLanguage(Language.EN);
        assertThat(ModesSentence.of(row(0.60, 0.35, 0.01, 0.0, 0.0, 0.0, 0.0, 0.0)))
                .isEqualTo("2 of 8 modes hold 95% of the samples: mode collapse.");
        assertThat(ModesSentence.of(row(0.12, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12, 0.11)))
                .isEqualTo("All 8 modes hold samples, from 11% to 12% each: the generator covers the data.");
    }

    @Test
    void threeOfEightShouldNotBeCollapseOnTheRingButSomeEmptyModes() {
        Texts.setLanguage(Language.EN);
        assertThat(ModesSentence.of(row(0.3, 0.3, 0.3, 0.0, 0.0, 0.0, 0.0, 0.0)))
                .isEqualTo("3 of 8 modes hold samples; 5 are empty.");
    }

    @Test
    void samplesOffEveryModeShouldBeSaidSoAndNotCountedAsCollapse() {
        Texts.setLanguage(Language.EN);
        assertThat(ModesSentence.of(row(0.004, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)))
                .isEqualTo("100% of the generated samples lie near no mode: the generator has not reached the data's modes.");
        assertThat(ModesSentence.of(row(0.1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)))
                .isEqualTo("1 of 8 modes hold samples, and 90% of the samples lie near no mode.");
        // ring-wgan-gp mid-run: every mode reached, half the samples on the arcs between them
        assertThat(ModesSentence.of(row(0.06, 0.05, 0.06, 0.05, 0.06, 0.05, 0.06, 0.06)))
                .isEqualTo("All 8 modes hold samples, but 55% of the samples lie near no mode (between or beyond the grey circles).");
        assertThat(ModesSentence.of(row(0.2, 0.2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)))
                .isEqualTo("2 of 8 modes hold samples, and 60% of the samples lie near no mode.");
        assertThat(ModesSentence.of(List.of())).isEmpty();
        assertThat(ModesSentence.of(List.of(new MetricRow(1, 100, "bce", 0, 0, 0, 0, 0,
                new ToyMetrics(0.5, 8, 8, 0.9, 0.1, 0.1))))).as("a row measured before the shares").isEmpty();
    }

    @Test
    void theCollapseSentenceShouldUseTheSourcesTermInChinese() {
        Texts.setLanguage(Language.ZH_CN);
        assertThat(ModesSentence.of(row(0.60, 0.35, 0.01, 0.0, 0.0, 0.0, 0.0, 0.0))).contains("模式崩溃").contains("95%");
    }
}
