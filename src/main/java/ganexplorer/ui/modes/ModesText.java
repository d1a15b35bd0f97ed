package ganexplorer.ui.modes;

import ganexplorer.ui.Texts;

/** Every word the modes-over-time strip shows, in one place (for the resource bundle). */
final class ModesText {
    static String tab() {
        return Texts.get("modes.tab");
    }

    static String title() {
        return Texts.get("modes.title");
    }

    static String explain() {
        return Texts.get("modes.explain");
    }

    static String offModes() {
        return Texts.get("modes.offModes");
    }

    static String mode() {
        return Texts.get("modes.mode");
    }

    static String step() {
        return Texts.get("modes.step");
    }

    static String scale() {
        return Texts.get("modes.scale");
    }

    static String noModes() {
        return Texts.get("modes.noModes");
    }

    static String waiting() {
        return Texts.get("modes.waiting");
    }

    private ModesText() {
    }
}
