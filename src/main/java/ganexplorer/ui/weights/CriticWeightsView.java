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
 * the clip's +-c marked when the clip is what bounds them. For a deep critic (three or more hidden layers) a second
 * plot below shows the critic loss's gradient at each hidden layer on a log scale, with its own sentence.
 */
public final class CriticWeightsView extends VBox {
    private static final Color BAR = Color.rgb(33, 102, 172);
    private static final Color CLIP = Color.rgb(200, 30, 30);
    private static final double SIDE = 8;
    private static final double LABEL = 16;
    private static final double AXIS = 20;
    /** The margin for layer numbers in the compact layout. */
    private static final double NUMBER = 18;

    private final Plot plot = new Plot();
    private final Profile profile = new Profile();
    private final Label sentence = ganexplorer.ui.ViewLabels.sentence();
    private final Label depthSentence = ganexplorer.ui.ViewLabels.sentence();
    private CriticWeights weights = CriticWeights.NONE;

    public CriticWeightsView() {
        super(6);
        setPadding(new Insets(6));
        VBox.setVgrow(plot, Priority.ALWAYS);
        getChildren().addAll(ganexplorer.ui.ViewLabels.title(WeightsText.title()),
                ganexplorer.ui.ViewLabels.explain(WeightsText.explain()), sentence, plot, depthSentence, profile);
        Tooltip.install(plot, ganexplorer.ui.Tips.of(WeightsText.explain()));
        Tooltip.install(profile, ganexplorer.ui.Tips.of(WeightsText.depthHelp()));
        sentence.setText(WeightsText.sentence(weights, true));
        showProfile(false);
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
            String depth = WeightsText.depthSentence(weights);
            depthSentence.setText(depth);
            showProfile(!depth.isEmpty());
            plot.redraw();
            profile.redraw();
        }
    }

    /** The profile and its sentence take room only for a critic deep enough to have one. */
    private void showProfile(boolean on) {
        for (javafx.scene.Node n : new javafx.scene.Node[] {profile, depthSentence}) {
            n.setVisible(on);
            n.setManaged(on);
        }
    }

    /** The gradient profile's sentence as shown (tests); empty when there is none. */
    public String depthSentenceText() {
        return depthSentence.getText();
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
            GraphicsContext g = cleared();
            double w = canvas.getWidth();
            double h = canvas.getHeight();
            int layers = weights.layers().size();
            if (layers == 0) {
                return;
            }
            double rowH = (h - AXIS) / layers;
            // each layer's name above its bars, so the bars get the whole width; rows too low for a name line above
            // (a deep critic) get its number in a margin on the left instead
            boolean compact = rowH < 2.5 * LABEL;
            double left = compact ? SIDE + NUMBER : SIDE;
            double plotW = w - left - SIDE;
            double labelH = compact ? 0 : LABEL;
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
                    double bh = (rowH - labelH - 4) * counts[b] / tallest;
                    g.fillRect(left + b * barW + 0.5, top + rowH - 2 - bh, Math.max(1, barW - 1), bh);
                }
                g.setStroke(Color.rgb(190, 190, 190));
                g.setLineWidth(1);
                g.strokeLine(left, top + rowH - 1.5, left + plotW, top + rowH - 1.5);
                g.setFill(Color.rgb(51, 51, 51));
                if (compact) {
                    g.setTextAlign(TextAlignment.RIGHT);
                    g.setTextBaseline(VPos.CENTER);
                    g.fillText(Integer.toString(l + 1), left - 4, top + rowH / 2);
                } else {
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.TOP);
                    g.fillText(WeightsText.layer(l, weights.layers().get(l).total()), left + plotW / 2, top + 1);
                }
            }
            double bottom = layers * rowH;
            boolean clipped = WeightsText.atClip(weights);
            if (clipped) {
                g.setStroke(CLIP);
                g.setLineWidth(2);
                g.setLineDashes(6, 4);
                g.strokeLine(left + 1, labelH, left + 1, bottom);
                g.strokeLine(left + plotW - 1, labelH, left + plotW - 1, bottom);
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

    /**
     * log10 of the gradient's RMS norm at each hidden layer, input side on the left and the output's side on the
     * right, joined by a line, with the powers of ten the values span as grid lines.
     */
    private final class Profile extends ganexplorer.ui.CanvasPane {
        private static final double LEFT = 44;
        private static final double TOP = 18;
        private static final double BOTTOM = 18;

        Profile() {
            super(130);
            setPrefHeight(150);
            setMaxHeight(190);
        }

        @Override
        public void redraw() {
            GraphicsContext g = cleared();
            double w = canvas.getWidth();
            double h = canvas.getHeight();
            java.util.List<Double> values = weights.layerGradients();
            if (values.size() < CriticWeights.PROFILE_LAYERS || !values.stream().allMatch(Double::isFinite)) {
                return;
            }
            double lo = Math.floor(values.stream().mapToDouble(Double::doubleValue).min().orElse(0));
            double hi = Math.ceil(values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
            if (hi - lo < 1) {
                hi = lo + 1;
            }
            double plotW = w - LEFT - SIDE;
            double plotH = h - TOP - BOTTOM;
            g.setFont(CanvasFont.of(11));
            g.setFill(Color.rgb(51, 51, 51));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(WeightsText.depthTitle(), LEFT, 1);
            // one grid line per power of ten, at most six labelled
            int decades = (int) (hi - lo);
            int every = Math.max(1, (int) Math.ceil(decades / 6.0));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            for (int k = 0; k <= decades; k += every) {
                double y = TOP + plotH * (1 - k / (hi - lo));
                g.setStroke(Color.rgb(225, 225, 225));
                g.setLineWidth(1);
                g.strokeLine(LEFT, y, LEFT + plotW, y);
                g.fillText("1e" + (int) (lo + k), LEFT - 4, y);
            }
            int n = values.size();
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = LEFT + plotW * (i + 0.5) / n;
                ys[i] = TOP + plotH * (1 - (values.get(i) - lo) / (hi - lo));
            }
            g.setStroke(BAR);
            g.setLineWidth(2);
            g.strokePolyline(xs, ys, n);
            g.setFill(BAR);
            for (int i = 0; i < n; i++) {
                g.fillOval(xs[i] - 3.5, ys[i] - 3.5, 7, 7);
            }
            g.setFill(Color.rgb(51, 51, 51));
            g.setTextBaseline(VPos.TOP);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(WeightsText.depthAxis(), LEFT + plotW / 2, TOP + plotH + 3);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("1", xs[0] - 3, TOP + plotH + 3);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(Integer.toString(n), xs[n - 1] + 3, TOP + plotH + 3);
        }
    }
}
