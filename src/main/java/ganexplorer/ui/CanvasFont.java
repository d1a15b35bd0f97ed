package ganexplorer.ui;

import javafx.scene.text.Font;

/** Fonts for text drawn on a canvas, which takes no CSS: the current language's family (a CJK one for Chinese). */
public final class CanvasFont {
    private CanvasFont() {
    }

    public static Font of(double size) {
        String family = Texts.fontFamily();
        return family == null ? Font.font(size) : Font.font(family, size);
    }
}
