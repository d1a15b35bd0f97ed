package ganexplorer.ui.modes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import ganexplorer.metrics.ImageMetrics;
import ganexplorer.metrics.ToyMetrics;
import ganexplorer.train.MetricRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModeStripTest {
    private static MetricRow row(long step, Double... shares) {
        return new MetricRow(1, step, "bce", 0, 0, 0, 0, 0,
                new ToyMetrics(1, 1, shares.length, 0.5, 0.1, 0.1, null, shares.length == 0 ? null : List.of(shares),
                        shares.length == 0 ? null : List.of(shares)));
    }

    /** Every sample nearest mode 0, a quarter of them within its radius. */
    private static MetricRow beside(long step) {
        return new MetricRow(1, step, "bce", 0, 0, 0, 0, 0,
                new ToyMetrics(1, 1, 2, 0.25, 0.1, 0.1, null, List.of(0.25, 0.0), List.of(1.0, 0.0)));
    }

    @Test
    void eachColumnShouldHoldItsRowsSharesAndTheShareNearNoMode() {
        List<MetricRow> rows = List.of(row(100, 1.0, 0.0, 0.0), row(200, 0.0, 0.9, 0.0), row(300, 0.2, 0.3, 0.4));
        ModeStrip strip = ModeStrip.of(rows, 500);
        assertThat(strip.modes()).isEqualTo(3);
        assertThat(strip.columns()).hasSize(3);
        ModeStrip.Column hop = strip.columns().get(1);
        assertThat(hop.firstStep()).isEqualTo(200);
        assertThat(hop.shares()).containsExactly(0.0, 0.9, 0.0);
        assertThat(hop.offModes()).isCloseTo(0.1, within(1e-12));
        assertThat(strip.columns().stream().map(ModeStrip::dominant).toList()).as("collapse, then a hop")
                .containsExactly(0, 1, 2);
    }

    @Test
    void aBlobBesideAModeShouldDarkenThatModesRowAndTheRowOnNoMode() {
        ModeStrip.Column c = ModeStrip.of(List.of(beside(100)), 10).columns().get(0);
        assertThat(c.shares()).containsExactly(1.0, 0.0);
        assertThat(c.offModes()).isEqualTo(0.75);
    }

    @Test
    void moreRowsThanColumnsShouldAverageConsecutiveRows() {
        List<MetricRow> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(i < 5 ? row(100L * (i + 1), 1.0, 0.0) : row(100L * (i + 1), 0.0, 0.5));
        }
        ModeStrip strip = ModeStrip.of(rows, 4);
        assertThat(strip.columns()).hasSize(4);
        assertThat(strip.columns().get(0).shares()).containsExactly(1.0, 0.0); // rows 0-1
        ModeStrip.Column mixed = strip.columns().get(1); // rows 2-4: all on mode 0
        assertThat(mixed.firstStep()).isEqualTo(300);
        assertThat(mixed.lastStep()).isEqualTo(500);
        ModeStrip.Column across = strip.columns().get(2); // rows 5-6
        assertThat(across.shares()).containsExactly(0.0, 0.5);
        assertThat(across.offModes()).isCloseTo(0.5, within(1e-12));
        assertThat(strip.columns().get(3).lastStep()).isEqualTo(1_000);
    }

    @Test
    void rowsWithoutSharesShouldBeLeftOutAndNoneGiveAnEmptyStrip() {
        MetricRow old = row(100);
        MetricRow image = new MetricRow(1, 200, "bce", 0, 0, 0, 0, 0,
                new ImageMetrics(1, 0, 0.8, 0.8, 1, 1, 10, 10, 0.9, 9, 0.5, Double.NaN));
        assertThat(ModeStrip.of(List.of(old, image), 100)).isEqualTo(new ModeStrip(0, List.of()));
        assertThat(ModeStrip.of(List.of(old, row(300, 0.5, 0.5)), 100).columns()).hasSize(1);
    }

    @Test
    void theShadeShouldGrowWithTheShareAndShowAnEighthClearly() {
        assertThat(ModeStrip.shade(0)).isZero();
        assertThat(ModeStrip.shade(1)).isEqualTo(1);
        assertThat(ModeStrip.shade(0.125)).as("full coverage of ring8").isCloseTo(0.354, within(1e-3));
        assertThat(ModeStrip.shade(0.25)).isEqualTo(0.5);
        assertThat(ModeStrip.shade(0.1)).isLessThan(ModeStrip.shade(0.2));
        assertThat(ModeStrip.shade(1.3)).isEqualTo(1);
        assertThat(ModeStrip.shade(-0.1)).isZero();
        assertThat(ModeStrip.shade(Double.NaN)).isNaN();
    }

    @Test
    void theModelAndItsWordsShouldNotUseJavaFx() {
        noClasses().that().haveNameMatching("ganexplorer\\.ui\\.modes\\.(ModeStrip|ModesText)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("ganexplorer.ui.modes"));
    }
}
