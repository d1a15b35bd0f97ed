package ganexplorer.ui.modes;

import ganexplorer.data.Point;
import ganexplorer.train.PlanePictures;
import ganexplorer.train.Snapshot;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The modes-over-time strip, a view of {@link ModeStrip}: a title, what it shows, the strip (mode rows, then the
 * share near no mode) with the modes' centres on the left and steps below, and the shade scale.
 */
public final class ModeStripView extends VBox {
    static final Color MODE_DARK = Color.rgb(8, 48, 107);
    static final Color OFF_DARK = Color.rgb(110, 70, 20);
    private static final Color EMPTY = Color.rgb(236, 236, 236);
    private static final double LABELS = 92;
    private static final double AXIS = 22;
    private static final double GAP = 6;

    private final Plot plot = new Plot();
    private final Label message = new Label();
    private final Label sentence = ganexplorer.ui.ViewLabels.sentence();
    private long experiment = Long.MIN_VALUE;
    private boolean noModes; // the running data has none (images, the Dirac GAN, moons…)
    private List<Point> centres = List.of();
    private List<ganexplorer.train.MetricRow> rows = List.of();
    private ModeStrip strip = new ModeStrip(0, List.of());

    public ModeStripView() {
        super(6);
        getStyleClass().add("mode-strip");
        setPadding(new Insets(6));
        Label title = ganexplorer.ui.ViewLabels.title(ModesText.title());
        Label explain = ganexplorer.ui.ViewLabels.explain(ModesText.explain());
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #555555; -fx-font-style: italic;");
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(plot, Priority.ALWAYS);
        getChildren().addAll(title, explain, message, sentence, plot, scale());
        rebuild();
        Tooltip.install(plot, new Tooltip(ModesText.explain()));
    }

    /** The tab's name. */
    public static String tabText() {
        return ModesText.tab();
    }

    public void show(Snapshot s) {
        boolean changed = false;
        if (s.experiment() != experiment) {
            experiment = s.experiment();
            centres = List.of();
            rows = List.of();
            changed = true;
        }
        if (s.pictures() instanceof PlanePictures p && !p.modes().centres().equals(centres)) {
            centres = p.modes().centres();
            changed = true;
        }
        boolean none = !(s.pictures() instanceof PlanePictures p) || p.modes().count() == 0;
        if (none != noModes) {
            noModes = none;
            changed = true;
        }
        if (s.history().size() != rows.size()) {
            rows = s.history();
            changed = true;
        }
        if (changed) {
            rebuild();
        }
    }

    /** What the strip shows now (tests). */
    public ModeStrip strip() {
        return strip;
    }

    /** The live sentence about the newest row's modes, or "" (tests). */
    public String sentenceText() {
        return sentence.isVisible() ? sentence.getText() : "";
    }

    /** The sentence in place of the strip, or "" when it shows (tests). */
    public String messageText() {
        return message.isVisible() ? message.getText() : "";
    }

    private void rebuild() {
        strip = ModeStrip.of(rows, Math.max(1, (int) (plot.getWidth() - LABELS)));
        String text = noModes ? ModesText.noModes()
                : strip.columns().isEmpty() ? ModesText.waiting() : "";
        message.setText(text);
        message.setVisible(!text.isEmpty());
        message.setManaged(!text.isEmpty());
        String said = noModes ? "" : ModesSentence.of(rows);
        sentence.setText(said);
        sentence.setVisible(!said.isEmpty());
        sentence.setManaged(!said.isEmpty());
        plot.redraw();
    }

    private static HBox scale() {
        Canvas bar = new Canvas(140, 12);
        GraphicsContext g = bar.getGraphicsContext2D();
        for (int i = 0; i < 140; i++) {
            g.setFill(Color.WHITE.interpolate(MODE_DARK, ModeStrip.shade(i / 139.0)));
            g.fillRect(i, 0, 1, 12);
        }
        g.setStroke(Color.rgb(160, 160, 160));
        g.strokeRect(0.5, 0.5, 139, 11);
        HBox box = new HBox(5, small(ModesText.scale()), small("0"), bar, small("100%"));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label small(String text) {
        return ganexplorer.ui.plane.Glyphs.small(text);
    }

    private static String label(Point c) {
        return String.format(Locale.ROOT, ModesText.mode(), coordinate(c.x()), coordinate(c.y()));
    }

    private static String coordinate(double v) {
        double r = Math.round(v * 10) / 10.0;
        String s = r == Math.rint(r) ? String.format(Locale.ROOT, "%.0f", r) : String.format(Locale.ROOT, "%.1f", r);
        return s.equals("-0") ? "0" : s.replace("-", "\u2212");
    }

    /** The strip itself: a canvas as large as the room it gets. */
    private final class Plot extends ganexplorer.ui.CanvasPane {
        Plot() {
            super(120);
        }

        @Override
        protected void resized(boolean widthChanged) {
            if (widthChanged) {
                rebuild(); // as many columns as pixels
            } else {
                redraw();
            }
        }

        @Override
        public void redraw() {
            GraphicsContext g = cleared();
            double w = canvas.getWidth();
            double h = canvas.getHeight();
            int modes = Math.max(strip.modes(), centres.size());
            if (noModes || modes == 0 || strip.columns().isEmpty()) {
                return;
            }
            double left = LABELS;
            double plotW = w - left - 4;
            double plotH = h - AXIS - GAP;
            double rowH = plotH / (modes + 1);
            double colW = plotW / strip.columns().size();
            g.setFont(ganexplorer.ui.CanvasFont.of(Math.min(11, Math.max(8, rowH - 1))));
            g.setFill(Color.rgb(51, 51, 51));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            int every = rowH >= 10 ? 1 : (int) Math.ceil(10 / rowH);
            for (int m = 0; m < modes; m++) {
                if (m % every == 0) {
                    g.fillText(m < centres.size() ? label(centres.get(m)) : Integer.toString(m + 1), left - 6,
                            m * rowH + rowH / 2);
                }
            }
            double offTop = modes * rowH + GAP;
            g.fillText(ModesText.offModes(), left - 6, offTop + rowH / 2);
            for (int c = 0; c < strip.columns().size(); c++) {
                ModeStrip.Column col = strip.columns().get(c);
                double x = left + c * colW;
                double cw = Math.ceil(colW + 0.5); // no hairline gaps between columns
                for (int m = 0; m < modes; m++) {
                    double shade = m < col.shares().length ? ModeStrip.shade(col.shares()[m]) : Double.NaN;
                    g.setFill(Double.isNaN(shade) ? EMPTY : Color.WHITE.interpolate(MODE_DARK, shade));
                    g.fillRect(x, m * rowH, cw, Math.ceil(rowH));
                }
                g.setFill(Color.WHITE.interpolate(OFF_DARK, ModeStrip.shade(col.offModes())));
                g.fillRect(x, offTop, cw, Math.ceil(rowH));
            }
            g.setStroke(Color.rgb(190, 190, 190));
            g.setLineWidth(1);
            g.strokeRect(left + 0.5, 0.5, plotW, modes * rowH);
            g.strokeRect(left + 0.5, offTop + 0.5, plotW, rowH);
            axis(g, left, plotW, offTop + rowH + 3);
        }

        private void axis(GraphicsContext g, double left, double plotW, double top) {
            List<ModeStrip.Column> cols = strip.columns();
            g.setFont(ganexplorer.ui.CanvasFont.of(11));
            g.setTextBaseline(VPos.TOP);
            g.setFill(Color.rgb(51, 51, 51));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(String.format(Locale.ROOT, "%s %,d", ModesText.step(), cols.get(0).firstStep()), left, top);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(String.format(Locale.ROOT, "%,d", cols.get(cols.size() - 1).lastStep()), left + plotW, top);
            if (cols.size() >= 3 && plotW > 200) {
                ModeStrip.Column mid = cols.get(cols.size() / 2);
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(String.format(Locale.ROOT, "%,d", mid.lastStep()),
                        left + (cols.size() / 2 + 0.5) * plotW / cols.size(), top);
            }
        }
    }
}
