package ganexplorer.ui.explain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * LaTeX to a java.awt image through JLaTeXMath, without FX (the view turns it into an FX image). Rendering at the
 * screen's output scale keeps the formula sharp on a projector that scales the window; an unparsable formula gives
 * nothing, and the view shows its Unicode text instead.
 */
final class FormulaRenderer {
    private FormulaRenderer() {
    }

    /** The formula at {@code sizePx} (the size of the formula's em), scaled by {@code scale} for HiDPI screens. */
    static Optional<BufferedImage> render(String tex, float sizePx, double scale, Color colour) {
        try {
            TeXIcon icon = new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) (sizePx * scale));
            icon.setInsets(new Insets(2, 2, 2, 2));
            icon.setForeground(colour);
            BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                    BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            icon.paintIcon(null, g, 0, 0);
            g.dispose();
            return Optional.of(image);
        } catch (RuntimeException e) { // JLaTeXMath's ParseException is unchecked; a missing glyph font is too
            return Optional.empty();
        }
    }
}
