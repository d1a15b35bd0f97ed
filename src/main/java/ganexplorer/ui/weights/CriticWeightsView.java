package ganexplorer.ui.weights;

import ganexplorer.train.CriticWeights;
import ganexplorer.train.Snapshot;
import ganexplorer.train.VectorFieldPictures;
import ganexplorer.ui.CanvasFont;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The critic's weights as the snapshot gives them: one histogram per layer on one shared axis from -max|w| to
 * +max|w|, each scaled to its own tallest bin (a layer of 16,000 weights and one of 129 are both readable), with
 * the clip's +-c marked when the clip is what bounds them.
 */
public final class CriticWeightsView extends VBox {
    private static final Color BAR = Color.rgb(33, 102, 172);
    private static final Color CLIP = Color.rgb(200, 30, 30);
    private static final double SIDE = 8;
    private static final double LABEL = 16;
    private static final double AXIS = 20;

    private final Plot plot = new Plot();
    private final Label sentence = ganexplorer.ui.ViewLabels.sentence();
    private CriticWeights weights = CriticWeights.NONE;

    public CriticWeightsView() {
        super(6);
        setPadding(new Insets(6));
        VBox.setVgrow(plot, Priority.ALWAYS);
        getChildren().addAll(ganexplorer.ui.ViewLabels.title(WeightsText.title()),
                ganexplorer.ui.ViewLabels.explain(WeightsText.explain()), sentence, plot);
        Tooltip.install(plot, new Tooltip(WeightsText.explain()));
        sentence.setText(WeightsText.sentence(weights, true));
    }

    /** The tab's name. */
    public static String tabText() {
        return WeightsText.tab();
    }

    public void show(Snapshot s) {
        boolean network = !(s.pictures() instanceof VectorFieldPictures);
        String text = WeightsText.sentence(s.criticWeights(), network);
        if (!s.criticWeights().equals(weights) || !text.equals(sentence.getText())) {
            weights = s.criticWeights();
            sentence.setText(text);
            plot.redraw();
        }
    }

    /** The live sentence as shown (tests). */
    public String sentenceText() {
        return sentence.getText();
    }

    /** The histograms: a canvas as large as the room it gets. */
    private final class Plot extends ganexplorer.ui.CanvasPane {
        Plot() {
            super(120);
        }

        @Override
        public void redraw() {
            GraphicsContext g = canvas.getGraphicsContext2D();
            double w = canvas.getWidth();
            double h = canvas.getHeight();
            g.clearRect(0, 0, w, h);
            int layers = weights.layers().size();
            if (layers == 0) {
                return;
            }
            // each layer's name above its bars, so the bars get the whole width
            double left = SIDE;
            double plotW = w - 2 * SIDE;
            double rowH = (h - AXIS) / layers;
            g.setFont(CanvasFont.of(11));
            for (int l = 0; l < layers; l++) {
                int[] counts = weights.layers().get(l).counts();
                int tallest = 1;
                for (int c : counts) {
                    tallest = Math.max(tallest, c);
                }
                double top = l * rowH;
                double barW = plotW / counts.length;
                g.setFill(BAR);
                for (int b = 0; b < counts.length; b++) {
                    double bh = (rowH - LABEL - 4) * counts[b] / tallest;
                    g.fillRect(left + b * barW + 0.5, top + rowH - 2 - bh, Math.max(1, barW - 1), bh);
                }
                g.setStroke(Color.rgb(190, 190, 190));
                g.setLineWidth(1);
                g.strokeLine(left, top + rowH - 1.5, left + plotW, top + rowH - 1.5);
                g.setFill(Color.rgb(51, 51, 51));
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                g.fillText(WeightsText.layer(l, weights.layers().get(l).total()), left + plotW / 2, top + 1);
            }
            double bottom = layers * rowH;
            boolean clipped = WeightsText.atClip(weights);
            if (clipped) {
                g.setStroke(CLIP);
                g.setLineWidth(2);
                g.setLineDashes(6, 4);
                g.strokeLine(left + 1, LABEL, left + 1, bottom);
                g.strokeLine(left + plotW - 1, LABEL, left + plotW - 1, bottom);
                g.setLineDashes();
            }
            g.setFont(CanvasFont.of(11));
            g.setTextBaseline(VPos.TOP);
            g.setFill(clipped ? CLIP : Color.rgb(51, 51, 51));
            String edge = WeightsText.number(weights.range());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText((clipped ? "\u2212c = \u2212" : "\u2212") + edge, left, bottom + 3);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText((clipped ? "+c = " : "") + edge, left + plotW, bottom + 3);
            g.setFill(Color.rgb(51, 51, 51));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(String.format(Locale.ROOT, "0"), left + plotW / 2, bottom + 3);
        }
    }
}
