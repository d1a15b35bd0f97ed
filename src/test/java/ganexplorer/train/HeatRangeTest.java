package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HeatRangeTest {
    @Test
    void shouldIgnoreAFewExtremeCellsAndClampToTheUnitInterval() {
        float[] v = new float[101];
        for (int i = 0; i <= 100; i++) {
            v[i] = i;
        }
        v[100] = 1e6f; // one wild cell
        HeatRange r = HeatRange.of(v);
        assertThat(r.low()).isEqualTo(2);
        assertThat(r.high()).isEqualTo(98);
        assertThat(r.fraction(50)).isCloseTo(0.5, within(1e-12));
        assertThat(r.fraction(-5)).isZero();
        assertThat(r.fraction(1e6)).isEqualTo(1);
        assertThat(HeatRange.of(new float[] {3, 3, 3}).fraction(3)).isZero(); // a flat map stays finite
    }
}
