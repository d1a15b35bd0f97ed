package ganexplorer.ui.field;

import ganexplorer.ui.Texts;

/** Every word the (theta, psi) view shows, in one place (for the resource bundle). */
final class FieldText {
    static String tab() {
        return Texts.get("field.tab");
    }

    static String thetaAxis() {
        return Texts.get("field.thetaAxis");
    }

    static String psiAxis() {
        return Texts.get("field.psiAxis");
    }

    static String title() {
        return Texts.get("field.title");
    }

    static String arrowsSgd() {
        return Texts.get("field.arrowsSgd");
    }

    static String arrowsGradient() {
        return Texts.get("field.arrowsGradient");
    }

    static String path() {
        return Texts.get("field.path");
    }

    static String now() {
        return Texts.get("field.now");
    }

    static String equilibrium() {
        return Texts.get("field.equilibrium");
    }

    static String leftView() {
        return Texts.get("field.leftView");
    }

    static String alternating() {
        return Texts.get("field.alternating");
    }

    static String simultaneous() {
        return Texts.get("field.simultaneous");
    }

    static String help() {
        return Texts.get("field.help");
    }

    private FieldText() {
    }
}
