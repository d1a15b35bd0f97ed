package ganexplorer.ui.explain;

import ganexplorer.train.Snapshot;
import ganexplorer.ui.Texts;
import ganexplorer.ui.explain.ExplainText.Explanation;
import ganexplorer.ui.explain.ExplainText.Formula;
import ganexplorer.ui.explain.ExplainText.Key;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.util.Duration;

/**
 * The Explain tab: the running objective's two losses as rendered formulas, what the generator's loss does to its
 * gradient, and what to look for in the view on screen. It rebuilds only when the objective or the kind of view
 * changes; the formulas are drawn on a background thread (JLaTeXMath's fonts take most of a second to load once),
 * with their Unicode text shown until the images arrive, or for good if a formula cannot be drawn.
 */
public final class ExplainView extends ScrollPane {
    private static final float FORMULA_PX = 19;
    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    /** One thread for every panel: a language switch builds a new view, never a new thread. */
    private static final ExecutorService RENDER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "explain-formulas");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    private final Label title = paragraph("section-title");
    private final Label criticLabel = paragraph("explain-label");
    private final FormulaBox critic = new FormulaBox();
    private final Label generatorLabel = paragraph("explain-label");
    private final FormulaBox generator = new FormulaBox();
    private final Label notation = paragraph("explain-notation");
    private final Label gradient = paragraph("explain-text");
    private final Label look = paragraph("explain-text");
    private Key shown;
    private int rebuilds;

    public ExplainView() {
        Label gradientHeading = paragraph("explain-heading");
        gradientHeading.setText(Texts.get("explain.gradient.heading"));
        Label lookHeading = paragraph("explain-heading");
        lookHeading.setText(Texts.get("explain.look.heading"));
        Tooltip tip = new Tooltip(Texts.get("explain.tip.gradient"));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDuration(Duration.seconds(30));
        gradientHeading.setTooltip(tip);
        gradient.setTooltip(tip);
        VBox content = new VBox(6, title, criticLabel, critic, generatorLabel, generator, notation, gradientHeading,
                gradient, lookHeading, look);
        VBox.setMargin(gradientHeading, new Insets(8, 0, 0, 0));
        VBox.setMargin(lookHeading, new Insets(8, 0, 0, 0));
        content.setPadding(new Insets(8));
        content.getStyleClass().add("explain");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.ALWAYS); // a bar that comes and goes changed the width under wrapped text
        // every paragraph wraps at the viewport's width, given outright: wrapped Labels left to find their own width
        // in a ScrollPane painted lines of two layouts over each other; the formulas shrink to it when wider
        viewportBoundsProperty().addListener((o, was, now) -> {
            double room = Math.max(100, now.getWidth() - 16);
            for (Label l : new Label[] {title, criticLabel, generatorLabel, notation, gradientHeading, gradient,
                    lookHeading, look}) {
                l.setPrefWidth(room);
                l.setMaxWidth(room);
            }
            critic.fit(room);
            generator.fit(room);
        });
    }

    /** The tab's name. */
    public static String tabText() {
        return ExplainText.tab();
    }

    /** Takes a frame's snapshot; rebuilds only when the objective or the kind of view changed. */
    public void show(Snapshot s) {
        Key k = ExplainText.key(s);
        if (k.equals(shown)) {
            return;
        }
        shown = k;
        rebuilds++;
        Explanation e = ExplainText.of(k);
        title.setText(e.title());
        criticLabel.setText(e.criticLabel());
        generatorLabel.setText(e.generatorLabel());
        notation.setText(e.notation());
        gradient.setText(e.gradient());
        look.setText(e.look());
        critic.show(e.critic(), k);
        generator.show(e.generator(), k);
    }

    /** The Unicode text of the critic's and the generator's formulas now shown (tests). */
    public String formulasText() {
        return critic.formula.unicode() + "\n" + generator.formula.unicode();
    }

    /** The title, gradient and look-for paragraphs as shown (tests). */
    public String paragraphsText() {
        return title.getText() + "\n" + gradient.getText() + "\n" + look.getText();
    }

    /** Whether both formulas are shown as rendered images (tests). */
    public boolean formulasRendered() {
        return critic.image.isVisible() && generator.image.isVisible();
    }

    /** How often the panel rebuilt its content (tests: not every frame). */
    public int rebuilds() {
        return rebuilds;
    }

    private static Label paragraph(String style) {
        Label l = new Label();
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }

    /** One formula: its rendered image, or its Unicode text while (or if) there is none. */
    private final class FormulaBox extends StackPane {
        private final ImageView image = new ImageView();
        private final Label text = paragraph("explain-formula");
        private final Tooltip tip = new Tooltip();
        private Formula formula = new Formula("", "");
        private double naturalWidth;
        private double room = Double.MAX_VALUE;

        FormulaBox() {
            image.setPreserveRatio(true);
            image.setSmooth(true);
            image.setVisible(false);
            getChildren().addAll(text, image);
            setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Tooltip.install(this, tip);
        }

        void show(Formula f, Key k) {
            formula = f;
            tip.setText(Texts.format("explain.tip.formula", f.unicode()));
            text.setText(f.unicode());
            text.setVisible(true);
            image.setVisible(false);
            image.setImage(null);
            double scale = Math.max(1, Screen.getPrimary().getOutputScaleX());
            RENDER.submit(() -> {
                Optional<BufferedImage> drawn = FormulaRenderer.render(f.tex(), FORMULA_PX, scale, INK);
                drawn.ifPresent(b -> Platform.runLater(() -> {
                    if (k.equals(shown) && f == formula) { // a swap since the request: its own render is coming
                        naturalWidth = b.getWidth() / scale;
                        image.setImage(SwingFXUtils.toFXImage(b, null));
                        fit(room);
                        image.setVisible(true);
                        text.setVisible(false);
                    }
                }));
            });
        }

        void fit(double width) {
            room = width > 0 ? width : Double.MAX_VALUE;
            image.setFitWidth(Math.min(naturalWidth, room));
        }
    }
}
