package ganexplorer.ui;

/**
 * Where the first window goes: a remembered size and place, clamped to the screen it opens on, or for fresh settings
 * the preferred size shrunk to fit. Plain numbers, so the rule is unit-tested without a screen.
 */
public final class WindowPlacement {
    /** The preferred first size; a 1280 x 720 projector gets its whole visible area instead. */
    public static final double PREFERRED_WIDTH = 1440;
    public static final double PREFERRED_HEIGHT = 900;
    /** The smallest window whose labels all fit. */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    /** A rectangle in screen coordinates. */
    public record Box(double x, double y, double width, double height) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    private WindowPlacement() {
    }

    /**
     * The window's box on a screen whose visible area is {@code screen}. {@code remembered} may be null (fresh
     * settings) or hold NaN for an unknown place.
     */
    public static Box fit(Box remembered, Box screen) {
        double w = remembered == null || !(remembered.width() > 0) ? PREFERRED_WIDTH : remembered.width();
        double h = remembered == null || !(remembered.height() > 0) ? PREFERRED_HEIGHT : remembered.height();
        w = Math.min(Math.max(w, Math.min(MIN_WIDTH, screen.width())), screen.width());
        h = Math.min(Math.max(h, Math.min(MIN_HEIGHT, screen.height())), screen.height());
        double x = remembered == null ? Double.NaN : remembered.x();
        double y = remembered == null ? Double.NaN : remembered.y();
        if (!Double.isFinite(x) || !Double.isFinite(y) || !screen.contains(x + 40, y + 20)) {
            x = screen.x() + (screen.width() - w) / 2; // centred on the screen it opens on
            y = screen.y() + (screen.height() - h) / 2;
        }
        // keep the whole window, title bar and status bar included, on the screen
        x = Math.max(screen.x(), Math.min(x, screen.x() + screen.width() - w));
        y = Math.max(screen.y(), Math.min(y, screen.y() + screen.height() - h));
        return new Box(x, y, w, h);
    }
}
