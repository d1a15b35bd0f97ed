package ganexplorer.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.objective.Objective;
import ganexplorer.ui.explain.ExplainText.Explanation;
import ganexplorer.ui.explain.ExplainText.Key;
import ganexplorer.ui.explain.ExplainText.ViewKind;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every formula the panel shows parses and draws ink; a broken one gives nothing (the view falls back to text). */
class FormulaRendererTest {
    @Test
    void everyObjectivesFormulasShouldRenderWithInk() {
        long first = System.nanoTime();
        FormulaRenderer.render("x", 20, 1, Color.BLACK); // loads the fonts once, as the panel's first build does
        System.out.printf("first formula (fonts loaded): %.1f ms%n", (System.nanoTime() - first) / 1e6);
        long worst = 0;
        for (String id : Objective.IDS) {
            Explanation e = ExplainText.of(new Key(Objective.of(id, 0.01, 10), ViewKind.PLANE));
            for (String tex : new String[] {e.critic().tex(), e.generator().tex()}) {
                long t0 = System.nanoTime();
                Optional<BufferedImage> image = FormulaRenderer.render(tex, 20, 1, Color.BLACK);
                worst = Math.max(worst, System.nanoTime() - t0);
                assertThat(image).as(tex).isPresent();
                BufferedImage i = image.get();
                assertThat(i.getHeight()).as(tex).isBetween(15, 90);
                assertThat(i.getWidth()).as(tex).isBetween(100, 420);
                assertThat(inked(i)).as("dark pixels in " + tex).isGreaterThan(200);
                System.out.printf("%s %dx%d %s%n", id, i.getWidth(), i.getHeight(), tex);
            }
        }
        System.out.printf("slowest formula after the first: %.1f ms%n", worst / 1e6);
        assertThat(worst).as("a formula renders well within a frame budget's multiple").isLessThan(500_000_000L);
    }

    @Test
    void twiceTheScaleShouldGiveTwiceTheWidthAndABrokenFormulaNothing() {
        BufferedImage one = FormulaRenderer.render("L_G = -\\mathbb{E}_{z}[D(G(z))]", 20, 1, Color.BLACK).orElseThrow();
        BufferedImage two = FormulaRenderer.render("L_G = -\\mathbb{E}_{z}[D(G(z))]", 20, 2, Color.BLACK).orElseThrow();
        assertThat((double) two.getWidth() / one.getWidth()).isBetween(1.8, 2.2);
        assertThat(FormulaRenderer.render("\\nosuchcommand{x}", 20, 1, Color.BLACK)).isEmpty();
    }

    private static int inked(BufferedImage i) {
        int n = 0;
        for (int y = 0; y < i.getHeight(); y++) {
            for (int x = 0; x < i.getWidth(); x++) {
                if ((i.getRGB(x, y) >>> 24) > 128) {
                    n++;
                }
            }
        }
        return n;
    }
}
