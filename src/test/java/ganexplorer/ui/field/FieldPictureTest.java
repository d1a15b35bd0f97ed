package ganexplorer.ui.field;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import ganexplorer.data.Bounds;
import ganexplorer.train.UpdateScheme;
import ganexplorer.train.VectorFieldPictures;
import ganexplorer.ui.plane.PlaneView;
import org.junit.jupiter.api.Test;

class FieldPictureTest {
    /** A 3 x 3 field over [-2, 2]^2: at (theta, psi) it points (1, 0) in the bottom row, (0, 2) in the top, 0 between. */
    private static VectorFieldPictures pictures(double theta, double psi) {
        float[] field = {1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, -2, 2};
        return new VectorFieldPictures(new float[] {0, 0}, new float[] {(float) theta, (float) theta}, theta, psi,
                new float[] {1, 1, (float) theta, (float) psi}, field, 3, 2, VectorFieldPictures.Arrows.SGD_MOVE, 0);
    }

    @Test
    void arrowsShouldPointAlongTheTrainersFieldWithTheirRelativeStrength() {
        FieldPicture p = FieldPicture.of(pictures(0.5, -1), "bce-minimax", UpdateScheme.SIMULTANEOUS);
        assertThat(p.arrows()).hasSize(9);
        FieldPicture.Arrow bottomLeft = p.arrows().get(0);
        assertThat(new double[] {bottomLeft.theta(), bottomLeft.psi()}).containsExactly(-2, -2);
        assertThat(new double[] {bottomLeft.dirTheta(), bottomLeft.dirPsi()}).containsExactly(1, 0);
        double longest = Math.hypot(2, 2);
        assertThat(bottomLeft.strength()).isCloseTo(1 / longest, within(1e-9));
        FieldPicture.Arrow middle = p.arrows().get(4);
        assertThat(middle.strength()).as("where the field vanishes: no direction").isZero();
        FieldPicture.Arrow topRight = p.arrows().get(8);
        assertThat(new double[] {topRight.theta(), topRight.psi()}).containsExactly(2, 2);
        assertThat(topRight.dirTheta()).isCloseTo(-Math.sqrt(0.5), within(1e-9));
        assertThat(topRight.dirPsi()).isCloseTo(Math.sqrt(0.5), within(1e-9));
        assertThat(topRight.strength()).isEqualTo(1);
        assertThat(topRight.length(40)).isEqualTo(40);
        assertThat(middle.length(40)).as("a still point keeps a visible stub").isEqualTo(10);
    }

    @Test
    void onScreenAnArrowShouldPointWhereTheUpdateMovesThePoint() {
        FieldPicture p = FieldPicture.of(pictures(0.5, -1), "bce-minimax", UpdateScheme.ALTERNATING);
        PlaneView v = new PlaneView(p.box(), 100, 50, 400);
        FieldPicture.Arrow right = p.arrows().get(1); // theta grows: to the right
        double[] tip = right.tip(v, 20);
        assertThat(tip[0]).isEqualTo(v.px(right.theta()) + 20);
        assertThat(tip[1]).isEqualTo(v.py(right.psi()));
        FieldPicture.Arrow up = p.arrows().get(7); // psi grows: up the screen, to a smaller y
        double[] upTip = up.tip(v, 20);
        assertThat(upTip[1]).isEqualTo(v.py(up.psi()) - 20);
        assertThat(v.dataY(upTip[1])).isGreaterThan(up.psi());
    }

    @Test
    void itShouldNameTheGameMarkThePointAndSayWhenItLeftTheView() {
        FieldPicture in = FieldPicture.of(pictures(0.5, -1.25), "wgan-gp", UpdateScheme.ALTERNATING);
        assertThat(in.title()).isEqualTo("Dirac GAN: wgan-gp, alternating updates");
        assertThat(in.arrowsCaption()).contains("one iteration moves");
        assertThat(in.now()).isEqualTo("now: θ = 0.50, ψ = −1.25");
        assertThat(in.pointShown()).isTrue();
        assertThat(in.note()).isEmpty();
        assertThat(in.path()).containsExactly(1, 1, 0.5f, -1.25f);
        assertThat(in.ticks()).containsExactly(-2.0, -1.0, 0.0, 1.0, 2.0);
        FieldPicture out = FieldPicture.of(pictures(2.5, 0.1), "bce", UpdateScheme.SIMULTANEOUS);
        assertThat(out.pointShown()).isFalse();
        assertThat(out.note()).isEqualTo("The point left the view: θ = 2.50, ψ = 0.10 (the view spans ±2.00).");
        VectorFieldPictures g = pictures(0, 0);
        FieldPicture gradient = FieldPicture.of(new VectorFieldPictures(g.real(), g.fake(), 0, 0, null, g.field(), 3, 4,
                VectorFieldPictures.Arrows.GRADIENT, 0), "bce", UpdateScheme.SIMULTANEOUS);
        assertThat(gradient.arrowsCaption()).contains("gradient");
        assertThat(gradient.path()).isEmpty();
        assertThat(gradient.ticks()).containsExactly(-4.0, -2.0, 0.0, 2.0, 4.0);
        assertThat(gradient.box()).isEqualTo(new Bounds(-4, 4, -4, 4));
    }

    @Test
    void theModelAndItsWordsShouldNotUseJavaFx() {
        noClasses().that().haveNameMatching("ganexplorer\\.ui\\.field\\.(FieldPicture|FieldText)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("ganexplorer.ui.field"));
    }
}
