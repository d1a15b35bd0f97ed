package ganexplorer.ui.explain;

import ganexplorer.objective.Hinge;
import ganexplorer.objective.Objective;
import ganexplorer.train.ImagePictures;
import ganexplorer.train.Pictures;
import ganexplorer.train.Snapshot;
import ganexplorer.train.VectorFieldPictures;
import ganexplorer.ui.Texts;
import java.util.Locale;

/**
 * What the Explain panel says for an objective and a kind of view, without Nodes: the two losses as formulas (LaTeX
 * for the renderer, Unicode for the fallback and the tooltip), what the generator's loss does to its gradient, and
 * what to look for in the view on screen. Formulas are mathematics, the same in every language; their labels and the
 * sentences come from the bundles.
 */
public final class ExplainText {
    private ExplainText() {
    }

    /** The model view the snapshot's pictures feed, which decides what to look for. */
    public enum ViewKind {
        PLANE, LINES, IMAGES, GAME_PLANE;

        /** The plane of the WGAN paper's Example 1 has its own things to look for. */
        static ViewKind of(Snapshot s) {
            ViewKind kind = of(s.pictures());
            return kind == PLANE && s.config() != null && s.dataset().equals(ganexplorer.data.Lines.NAME) ? LINES : kind;
        }

        static ViewKind of(Pictures p) {
            if (p instanceof VectorFieldPictures) {
                return GAME_PLANE;
            }
            return p instanceof ImagePictures ? IMAGES : PLANE; // no pictures yet: the toy plane is the default view
        }
    }

    /** One loss: its LaTeX source and the same formula in Unicode. */
    public record Formula(String tex, String unicode) {
    }

    /** Everything the panel shows for one objective and one view kind. */
    public record Explanation(String objectiveId, ViewKind view, String title, String criticLabel, Formula critic,
                              String generatorLabel, Formula generator, String notation, String gradient,
                              String look) {
    }

    /** The key the panel rebuilds on: the objective (its id and constants) and the kind of view. */
    public record Key(Objective objective, ViewKind view) {
    }

    public static Key key(Snapshot s) {
        return new Key(s.objective(), ViewKind.of(s));
    }

    public static Explanation of(Snapshot s) {
        return of(key(s));
    }

    public static Explanation of(Key k) {
        Objective o = k.objective();
        boolean critic = o.estimatesWasserstein() || o instanceof Hinge;
        boolean probability = o.id().startsWith("bce"); // D is sigma of the raw output only under BCE
        String title = Texts.format("explain.title", name(o));
        // every key written out whole, so the bundle-coverage test sees each one the code asks for
        String look = switch (k.view()) {
            case PLANE -> Texts.get("explain.look.plane");
            case LINES -> Texts.get("explain.look.lines");
            case IMAGES -> Texts.get("explain.look.images");
            case GAME_PLANE -> Texts.get("explain.look.game");
        };
        return new Explanation(o.id(), k.view(), title,
                Texts.get(critic ? "explain.criticLoss" : "explain.discriminatorLoss"), criticLoss(o),
                Texts.get("explain.generatorLoss"), generatorLoss(o), Texts.get(probability ? "explain.notation.probability"
                        : "explain.notation.score"), gradient(o), look);
    }

    static String gradient(Objective o) {
        return switch (o.id()) {
            case "wgan-clip" -> Texts.format("explain.gradient.wgan-clip", number(o.weightClip()));
            // a weak penalty (ring-wgan-gp's 0.1) lets the critic's slope leave 1: the readout shows when it has
            case "wgan-gp" -> Texts.format("explain.gradient.wgan-gp", number(o.gradientPenalty())) + " "
                    + (o.gradientPenalty() < 1 ? Texts.format("explain.gradient.wgan-gp.weak", number(o.gradientPenalty()))
                    : Texts.get("explain.gradient.wgan-gp.strong"));
            case "bce-minimax" -> Texts.get("explain.gradient.bce-minimax");
            case "bce" -> Texts.get("explain.gradient.bce");
            case "least-squares" -> Texts.get("explain.gradient.least-squares");
            case "hinge" -> Texts.get("explain.gradient.hinge");
            default -> throw new IllegalArgumentException("no explanation for objective " + o.id());
        };
    }

    static String name(Objective o) {
        return switch (o.id()) {
            case "bce-minimax" -> Texts.get("explain.name.bce-minimax");
            case "bce" -> Texts.get("explain.name.bce");
            case "least-squares" -> Texts.get("explain.name.least-squares");
            case "wgan-clip" -> Texts.get("explain.name.wgan-clip");
            case "wgan-gp" -> Texts.get("explain.name.wgan-gp");
            case "hinge" -> Texts.get("explain.name.hinge");
            default -> throw new IllegalArgumentException("no name for objective " + o.id());
        };
    }

    private static final String EX = "\\mathbb{E}_{x}";
    private static final String EZ = "\\mathbb{E}_{z}";
    private static final String DX = "D(x)";
    private static final String DG = "D(G(z))";

    /** The critic's (discriminator's) loss; D is a probability under BCE, a raw score otherwise (DESIGN.md's table). */
    static Formula criticLoss(Objective o) {
        // Java 17 has no pattern switch: the objective's id names the closed set's member
        return switch (o.id()) {
            case "bce-minimax", "bce" -> bceCritic();
            case "least-squares" -> new Formula(
                    "L_D = \\tfrac{1}{2}" + EX + "[(" + DX + "-1)^2] + \\tfrac{1}{2}" + EZ + "[" + DG + "^2]",
                    "L_D = ½ 𝔼ₓ[(D(x) − 1)²] + ½ 𝔼_z[D(G(z))²]");
            case "wgan-clip" -> new Formula(
                    twoLines("L_D = " + EZ + "[" + DG + "] - " + EX + "[" + DX + "],",
                            "w \\leftarrow \\mathrm{clip}(w, -c, c),\\ c = " + number(o.weightClip())),
                    "L_D = 𝔼_z[D(G(z))] − 𝔼ₓ[D(x)],  w ← clip(w, −c, c), c = " + number(o.weightClip()));
            case "wgan-gp" -> new Formula(
                    twoLines("L_D = " + EZ + "[" + DG + "] - " + EX + "[" + DX + "]",
                            "+\\ \\lambda\\,\\mathbb{E}_{\\hat{x}}[(\\|\\nabla_{\\hat{x}} D(\\hat{x})\\|_2 - 1)^2],\\ \\lambda = "
                                    + number(o.gradientPenalty())),
                    "L_D = 𝔼_z[D(G(z))] − 𝔼ₓ[D(x)] + λ 𝔼[(‖∇D(x̂)‖₂ − 1)²], λ = " + number(o.gradientPenalty()));
            case "hinge" -> new Formula(
                    twoLines("L_D = " + EX + "[\\max(0, 1 - " + DX + ")]", "+\\ " + EZ + "[\\max(0, 1 + " + DG + ")]"),
                    "L_D = 𝔼ₓ[max(0, 1 − D(x))] + 𝔼_z[max(0, 1 + D(G(z)))]");
            default -> throw new IllegalArgumentException("no formula for objective " + o.id());
        };
    }

    /** A loss too wide for the right column at a readable size: its second part indented on a second line. */
    private static String twoLines(String first, String second) {
        return "\\begin{array}{l}" + first + "\\\\ \\qquad " + second + "\\end{array}";
    }

    private static Formula bceCritic() {
        return new Formula("L_D = -" + EX + "[\\log " + DX + "] - " + EZ + "[\\log(1 - " + DG + ")]",
                "L_D = −𝔼ₓ[log D(x)] − 𝔼_z[log(1 − D(G(z)))]");
    }

    static Formula generatorLoss(Objective o) {
        return switch (o.id()) {
            case "bce-minimax" -> new Formula("L_G = " + EZ + "[\\log(1 - " + DG + ")]",
                    "L_G = 𝔼_z[log(1 − D(G(z)))]");
            case "bce" -> new Formula("L_G = -" + EZ + "[\\log " + DG + "]", "L_G = −𝔼_z[log D(G(z))]");
            case "least-squares" -> new Formula("L_G = \\tfrac{1}{2}" + EZ + "[(" + DG + "-1)^2]",
                    "L_G = ½ 𝔼_z[(D(G(z)) − 1)²]");
            case "wgan-clip", "wgan-gp", "hinge" -> wassersteinGenerator();
            default -> throw new IllegalArgumentException("no formula for objective " + o.id());
        };
    }

    private static Formula wassersteinGenerator() {
        return new Formula("L_G = -" + EZ + "[" + DG + "]", "L_G = −𝔼_z[D(G(z))]");
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("\\.?0+$", "");
    }

    static String tab() {
        return Texts.get("explain.tab");
    }
}
