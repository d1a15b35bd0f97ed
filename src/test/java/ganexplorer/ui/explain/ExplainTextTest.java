package ganexplorer.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.objective.Objective;
import ganexplorer.train.Snapshot;
import ganexplorer.ui.Language;
import ganexplorer.ui.TestSnapshots;
import ganexplorer.ui.Texts;
import ganexplorer.ui.explain.ExplainText.Explanation;
import ganexplorer.ui.explain.ExplainText.Key;
import ganexplorer.ui.explain.ExplainText.ViewKind;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Explain panel's words: one explanation per objective, the gradient sentence that is true of its loss. */
class ExplainTextTest {
    @AfterEach
    void english() {
        Texts.setLanguage(Language.EN);
    }

    private static Explanation explain(String id, ViewKind view) {
        return ExplainText.of(new Key(Objective.of(id, 0.01, 10), view));
    }

    @Test
    void everyObjectiveShouldHaveItsOwnFormulasTitleAndGradientSentence() {
        Set<String> pairs = new HashSet<>();
        Set<String> texs = new HashSet<>();
        Set<String> gradients = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (String id : Objective.IDS) {
            Explanation e = explain(id, ViewKind.PLANE);
            assertThat(e.objectiveId()).isEqualTo(id);
            assertThat(e.critic().tex()).contains("L_D =");
            assertThat(e.generator().tex()).contains("L_G =");
            assertThat(e.critic().unicode()).startsWith("L_D =").contains("𝔼").doesNotContain("\\");
            assertThat(e.generator().unicode()).startsWith("L_G =").contains("𝔼").doesNotContain("\\");
            pairs.add(e.critic().tex() + " | " + e.generator().tex());
            texs.add(e.critic().unicode() + " | " + e.generator().unicode());
            gradients.add(e.gradient());
            titles.add(e.title());
        }
        assertThat(pairs).as("formula pairs").hasSize(Objective.IDS.size());
        assertThat(texs).as("Unicode formula pairs").hasSize(Objective.IDS.size());
        assertThat(gradients).hasSize(Objective.IDS.size());
        assertThat(titles).hasSize(Objective.IDS.size());
    }

    @Test
    void minimaxShouldSayTheGradientVanishesAndNonSaturatingShouldNot() {
        Texts.setLanguage(Language.EN);
        Explanation minimax = explain("bce-minimax", ViewKind.PLANE);
        Explanation ns = explain("bce", ViewKind.PLANE);
        assertThat(minimax.gradient()).contains("factor D(G(z))").contains("vanishes").contains("JS divergence");
        assertThat(minimax.generator().unicode()).isEqualTo("L_G = 𝔼_z[log(1 − D(G(z)))]");
        assertThat(ns.gradient()).doesNotContain("vanish").contains("strong gradient");
        assertThat(ns.generator().unicode()).isEqualTo("L_G = −𝔼_z[log D(G(z))]");
        assertThat(minimax.critic()).as("the two BCE games share the discriminator's loss").isEqualTo(ns.critic());
        assertThat(minimax.criticLabel()).startsWith("Discriminator");
        assertThat(minimax.notation()).contains("probability");
    }

    @Test
    void theOtherObjectivesShouldNameWhatShapesTheirGradient() {
        Texts.setLanguage(Language.EN);
        assertThat(explain("least-squares", ViewKind.PLANE).gradient()).contains("linearly").doesNotContain("vanishes");
        Explanation clip = explain("wgan-clip", ViewKind.PLANE);
        assertThat(clip.gradient()).contains("K-Lipschitz").contains("±0.01").contains("Critic weights tab");
        assertThat(clip.critic().unicode()).contains("clip(w, −c, c), c = 0.01");
        assertThat(clip.criticLabel()).startsWith("Critic");
        assertThat(clip.notation()).contains("raw score").doesNotContain("probability");
        Explanation gp = explain("wgan-gp", ViewKind.PLANE);
        assertThat(gp.gradient()).contains("λ = 10").contains("points εx + (1 − ε)G(z)")
                .as("no combining mark in a wrapped paragraph: JavaFX broke its lines wrongly").doesNotContain("\u0302");
        assertThat(gp.critic().unicode()).contains("λ 𝔼[(‖∇D(x̂)‖₂ − 1)²], λ = 10");
        assertThat(gp.critic().tex()).contains("\\nabla").contains("\\lambda");
        assertThat(explain("hinge", ViewKind.PLANE).gradient()).contains("margin");
        // the constants come from the objective that trains, not from the paper's defaults
        assertThat(ExplainText.of(new Key(Objective.of("wgan-gp", 0.01, 2.5), ViewKind.PLANE)).critic().unicode())
                .endsWith("λ = 2.5");
        assertThat(gp.gradient()).as("the textbook penalty keeps the slope near 1").contains("stays near 1")
                .doesNotContain("weak");
        assertThat(ExplainText.of(new Key(Objective.of("wgan-gp", 0.01, 0.1), ViewKind.PLANE)).gradient())
                .as("ring-wgan-gp's penalty").contains("at λ = 0.1 the pull towards slope 1 is weak")
                .doesNotContain("stays near 1");
    }

    @Test
    void whatToLookForShouldFollowTheViewOnScreen() {
        Texts.setLanguage(Language.EN);
        assertThat(explain("bce", ViewKind.PLANE).look()).contains("heat map").contains("green");
        assertThat(explain("bce", ViewKind.IMAGES).look()).contains("generated samples").doesNotContain("heat map");
        assertThat(explain("bce", ViewKind.GAME_PLANE).look()).contains("arrows").contains("(θ, ψ)");
        assertThat(ViewKind.of(TestSnapshots.digits())).isEqualTo(ViewKind.IMAGES);
        assertThat(ViewKind.of(TestSnapshots.plane(0, 0))).isEqualTo(ViewKind.PLANE);
        ganexplorer.train.TrainingConfig lines = ganexplorer.train.Presets.byName("disjoint-lines").config();
        Snapshot onLines = new Snapshot(1, 10, ganexplorer.train.RunState.RUNNING, lines,
                lines.hyperparameters().objective("bce-minimax"), lines.hyperparameters(), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), null, TestSnapshots.plane(0, 0), null, 100);
        assertThat(ExplainText.key(onLines).view()).isEqualTo(ViewKind.LINES);
        assertThat(ExplainText.of(onLines).look()).contains("x = θ").contains("exactly |θ|").doesNotContain("heat map");
        assertThat(ExplainText.key(TestSnapshots.ring(1, 0.5)).view()).as("ring8").isEqualTo(ViewKind.PLANE);
    }

    @Test
    void aSwapShouldChangeTheKeyAndTheText() {
        Snapshot ring = TestSnapshots.ring(1, 0.5);
        assertThat(ring.objective().id()).isEqualTo("wgan-gp");
        Snapshot swapped = new Snapshot(ring.experiment(), ring.step(), ring.state(), ring.config(),
                Objective.of("bce-minimax", 0.01, 10), ring.hyperparameters(), ring.notices(), ring.history(),
                ring.events(), ring.lastStats(), ring.pictures(), ring.generator(), 100);
        assertThat(ExplainText.key(swapped)).isNotEqualTo(ExplainText.key(ring));
        assertThat(ExplainText.key(TestSnapshots.ring(1, 0.7))).as("a new frame, same objective and view")
                .isEqualTo(ExplainText.key(ring));
        assertThat(ExplainText.of(swapped).critic()).isNotEqualTo(ExplainText.of(ring).critic());
        assertThat(ExplainText.of(swapped).gradient()).contains("vanishes");
    }

    @Test
    void chineseShouldUseTheSourcesTerms() {
        Texts.setLanguage(Language.ZH_CN);
        Explanation minimax = explain("bce-minimax", ViewKind.PLANE);
        assertThat(minimax.gradient()).contains("梯度消失").contains("鉴别器").contains("JS 散度");
        assertThat(minimax.criticLabel()).contains("鉴别器");
        assertThat(minimax.generatorLabel()).contains("生成器");
        assertThat(explain("bce", ViewKind.PLANE).gradient()).contains("生成器").doesNotContain("梯度消失");
        Explanation clip = explain("wgan-clip", ViewKind.PLANE);
        assertThat(clip.criticLabel()).contains("评论家");
        assertThat(clip.gradient()).contains("Wasserstein 距离").contains("推土机距离");
        assertThat(explain("wgan-gp", ViewKind.PLANE).gradient()).contains("梯度惩罚");
        assertThat(explain("wgan-gp", ViewKind.PLANE).title()).contains("梯度惩罚");
        assertThat(explain("least-squares", ViewKind.PLANE).title()).contains("最小二乘");
        assertThat(explain("bce", ViewKind.PLANE).look()).contains("模式崩溃");
        assertThat(explain("bce", ViewKind.GAME_PLANE).look()).contains("纳什均衡");
        assertThat(minimax.critic().unicode()).as("formulas are the same in both languages")
                .isEqualTo("L_D = −𝔼ₓ[log D(x)] − 𝔼_z[log(1 − D(G(z)))]");
    }
}
