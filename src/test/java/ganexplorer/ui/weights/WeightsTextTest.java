package ganexplorer.ui.weights;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.train.CriticWeights;
import ganexplorer.ui.Language;
import ganexplorer.ui.Texts;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The critic-weights view's live sentence, each made true by one set of numbers and false by another. */
class WeightsTextTest {
    private static CriticWeights weights(double range, double share, double clip) {
        return new CriticWeights(List.of(new CriticWeights.Layer(new int[] {5, 0, 5})), range, share, clip);
    }

    @AfterEach
    void english() {
        Texts.setLanguage(Language.EN);
    }

    @Test
    void sixtyTwoPercentAtTheClipShouldSaySoAndNotWhenTheLargestWeightIsBelowTheClip() {
        Texts.setLanguage(Language.EN);
        String at = WeightsText.sentence(weights((float) 0.01, 0.62, 0.01), true);
        assertThat(at).startsWith("62% of the critic's weights sit at ±c (c = 0.0100)").contains("most of the critic");
        // the same share, but no weight has reached c: the clip holds nothing, so the sentence must not say it does
        String below = WeightsText.sentence(weights(0.004, 0.62, 0.01), true);
        assertThat(below).doesNotContain("±c").contains("within 1% of its largest |w| (0.00400)");
    }

    @Test
    void aFewWeightsAtTheClipShouldNotBeCalledMostAndAnUnclippedCriticShouldBeComparedWithItsOwnMax() {
        Texts.setLanguage(Language.EN);
        assertThat(WeightsText.sentence(weights(0.01, 0.2, 0.01), true)).startsWith("20% of the critic's weights sit at ±c")
                .doesNotContain("most of the critic");
        assertThat(WeightsText.sentence(weights(0.7, 0.002, Double.NaN), true)).startsWith("0.2% of the critic's weights lie")
                .doesNotContain("±c");
        assertThat(WeightsText.sentence(weights(0.1, 0.0004, 0.1), true)).startsWith("<0.1% of the critic's weights sit at ±c");
    }

    @Test
    void noCriticNetworkOrNoRowYetShouldSayWhyThereIsNoHistogram() {
        Texts.setLanguage(Language.EN);
        assertThat(WeightsText.sentence(CriticWeights.NONE, false)).contains("single slope");
        assertThat(WeightsText.sentence(CriticWeights.NONE, true)).contains("first logged step");
    }

    @Test
    void theSentenceShouldSpeakChineseWithTheSourcesTerms() {
        Texts.setLanguage(Language.ZH_CN);
        assertThat(WeightsText.sentence(weights(0.01, 0.62, 0.01), true)).contains("评论家").contains("62%").contains("±c");
    }

    private static CriticWeights profile(double... norms) {
        return CriticWeights.NONE.withGradientNorms(norms);
    }

    @Test
    void theDepthSentenceShouldSayExplodingVanishingOrFlatFromTheSlopeAlone() {
        Texts.setLanguage(Language.EN);
        // from the input side: 1000, 100, 10, 1: ten times larger per layer going back from the output
        assertThat(WeightsText.depthSentence(profile(1000, 100, 10, 1))).startsWith("Going back from the output")
                .contains("grows 10.0× per layer: it explodes, 1.00e+03× larger").doesNotContain("vanishes");
        assertThat(WeightsText.depthSentence(profile(1, 10, 100, 1000))).contains("shrinks 10.0× per layer: it vanishes")
                .doesNotContain("explodes");
        assertThat(WeightsText.depthSentence(profile(1, 1.02, 1.01, 1.03))).contains("neither explodes nor vanishes");
        assertThat(WeightsText.depthSentence(profile(1.2, 1.0, 0.85, 0.7))).contains("a slow drift")
                .doesNotContain("neither explodes");
        assertThat(WeightsText.depthSentence(profile(10, 1))).as("two hidden layers: no profile").isEmpty();
        assertThat(WeightsText.depthSentence(CriticWeights.NONE)).isEmpty();
    }
}
