package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ganexplorer.metrics.PointMassMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A check over all rows: the smallest, the largest, and how often a metric changes sign. */
class ExpectationReducerTest {
    private static List<MetricRow> thetas(double... values) {
        List<MetricRow> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            rows.add(new MetricRow(1, i + 1, "bce", 0, 0, 0, 0, 0, new PointMassMetrics(values[i], 1, Math.abs(values[i]))));
        }
        return rows;
    }

    @Test
    void signChangesShouldCountFlipsAndSkipZeros() {
        List<MetricRow> rows = thetas(1, 0, -1, -1, 0, 1, 2, -0.5);
        Expectation.Check three = new Expectation.Check("theta", ">=", 3.0, null, "sign_changes");
        assertThat(three.on(rows).holds()).isTrue();
        assertThat(three.on(rows).detail()).isEqualTo("sign_changes(theta) 3.000 >= 3.000");
        assertThat(three.on(thetas(1, 0, 1, 0, 2)).holds()).as("touching 0 is no change").isFalse();
    }

    @Test
    void minAndMaxShouldLookAtEveryRowAndRadiusIsAColumn() {
        List<MetricRow> rows = thetas(0.5, -2, 3, 1);
        assertThat(new Expectation.Check("theta", "==", -2.0, null, "min").on(rows).holds()).isTrue();
        assertThat(new Expectation.Check("theta", "==", 3.0, null, "max").on(rows).holds()).isTrue();
        assertThat(new Expectation.Check("theta", "==", 1.0, null).on(rows).holds()).as("last by default").isTrue();
        assertThat(rows.get(3).value("radius")).isEqualTo(Math.sqrt(2));
        assertThatThrownBy(() -> new Expectation.Check("theta", ">", 1.0, null, "mean")).hasMessageContaining("'of'");
    }

    @Test
    void filesWithoutOfShouldReadAsBefore() throws Exception {
        Expectation.Check c = Checkpoint.JSON.readValue("{\"metric\": \"w1\", \"op\": \"<=\", \"ofFirst\": 0.5}",
                Expectation.Check.class);
        assertThat(c.of()).isNull();
        assertThat(Checkpoint.JSON.writeValueAsString(c)).doesNotContain("\"of\"");
    }
}
