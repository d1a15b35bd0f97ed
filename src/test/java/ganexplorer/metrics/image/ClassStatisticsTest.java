package ganexplorer.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClassStatisticsTest {
    private static final int K = 10;

    @Test
    void shouldCountAClassWhenAtLeastOnePercentOfSamplesAreConfidentlyOfIt() {
        int n = 200;
        float[] p = new float[n * K];
        Arrays.fill(p, 0.1f); // unconfident by default
        confident(p, 0, 100, 0, 0.95f);
        confident(p, 100, 2, 1, 0.95f); // 2 of 200 = 1%: counts
        confident(p, 102, 1, 2, 0.99f); // 0.5%: too rare
        confident(p, 103, 5, 3, 0.85f); // many, but below 0.9
        ClassStatistics s = ClassStatistics.of(embedding(n, p));
        assertThat(s.classCoverage()).isEqualTo(2);
        assertThat(s.classesTotal()).isEqualTo(K);
        assertThat(s.confidentShare()).isCloseTo(103 / 200.0, within(1e-12));
    }

    @Test
    void shouldGiveTheInceptionScoreItsKnownExtremes() {
        int n = 100;
        float[] evenOneHot = new float[n * K];
        float[] sameOneHot = new float[n * K];
        float[] twoClasses = new float[n * K];
        float[] uniform = new float[n * K];
        Arrays.fill(uniform, 0.1f);
        for (int i = 0; i < n; i++) {
            evenOneHot[i * K + i % K] = 1;
            sameOneHot[i * K + 3] = 1;
            twoClasses[i * K + i % 2] = 1;
        }
        // Sure and evenly spread: KL = log 10 per sample; all one class or no opinion: KL = 0.
        assertThat(ClassStatistics.of(embedding(n, evenOneHot)).inceptionScore()).isCloseTo(10, within(1e-9));
        assertThat(ClassStatistics.of(embedding(n, twoClasses)).inceptionScore()).isCloseTo(2, within(1e-9));
        assertThat(ClassStatistics.of(embedding(n, sameOneHot)).inceptionScore()).isCloseTo(1, within(1e-9));
        assertThat(ClassStatistics.of(embedding(n, uniform)).inceptionScore()).isCloseTo(1, within(1e-6));
        assertThat(ClassStatistics.of(embedding(n, evenOneHot)).classCoverage()).isEqualTo(10);
        assertThat(ClassStatistics.of(embedding(n, sameOneHot)).classCoverage()).isEqualTo(1);
    }

    private static void confident(float[] p, int from, int count, int cls, float top) {
        for (int i = from; i < from + count; i++) {
            Arrays.fill(p, i * K, (i + 1) * K, (1 - top) / (K - 1));
            p[i * K + cls] = top;
        }
    }

    private static Embedding embedding(int n, float[] p) {
        return new Embedding(n, 1, new float[n], K, p);
    }
}
