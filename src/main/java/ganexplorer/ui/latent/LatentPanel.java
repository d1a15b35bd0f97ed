package ganexplorer.ui.latent;

import ganexplorer.ui.Texts;
import ganexplorer.model.LatentInterpolation;
import ganexplorer.train.Snapshot;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The latent space tab, a view of {@link LatentModel}: one slider per latent dimension (each can be locked against
 * Randomize) and a z-plane, and below them the 9 x 9 grid of generator outputs spanned by two chosen directions
 * around the slider point: images for image data (the centre cell is the slider point), and for 2-D data a warped
 * mesh over the data with G(z) of the slider point marked. Clicking a cell adds its latent point to the walk. A
 * class-conditional generator's label is not a slider: the grid draws one class per row, or the one chosen.
 */
public final class LatentPanel extends BorderPane {
    /** The exported frames are painted at this size, then scaled to WalkExport's thumbnail size. */
    private static final int RECORD_SIZE = 400;

    private final LatentModel model = new LatentModel();
    private final SliderTable sliderTable = new SliderTable();
    private final LatentPad pad = new LatentPad();
    private final GridView grid = new GridView(model);
    private final ChoiceBox<Integer> classChoice = new ChoiceBox<>();
    private final Label walkMessage = new Label();
    private final AnimationTimer poll;

    public LatentPanel() {
        getStyleClass().add("latent-panel");
        setPadding(new Insets(8));
        Label title = new Label(Texts.get("latent.title"));
        title.getStyleClass().add("section-title");
        VBox.setVgrow(grid, Priority.ALWAYS);
        HBox.setHgrow(sliderTable, Priority.ALWAYS);
        HBox latentRow = new HBox(8, pad, sliderTable);
        setCenter(new VBox(6, title, directionBar(), latentRow, grid, walkBar(), walkMessageLabel()));
        model.dimensions().addListener((javafx.collections.ListChangeListener<LatentDimension>) c -> sliderTable.show(model.dimensions()));
        model.padDimensionsProperty().addListener((o, a, axes) -> pad.bind(axes));
        model.walk().recordFramesWith(f -> WalkExport.thumbnail(LatentGridPainter.render(f, RECORD_SIZE), WalkExport.FRAME_SIZE));
        poll = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.tick(now);
            }
        };
        poll.start();
    }

    private Node directionBar() {
        Button randomize = button(Texts.get("latent.randomize"), Texts.get("latent.tip.randomize"), model::randomize);
        Button zero = button(Texts.get("latent.zero"), Texts.get("latent.tip.zero"), model::zero);
        ChoiceBox<Direction> horizontal = new ChoiceBox<>(model.horizontalChoices());
        horizontal.valueProperty().bindBidirectional(model.horizontalProperty());
        horizontal.setTooltip(new Tooltip(Texts.get("latent.tip.horizontal")));
        ChoiceBox<Direction> vertical = new ChoiceBox<>(model.verticalChoices());
        vertical.valueProperty().bindBidirectional(model.verticalProperty());
        vertical.setTooltip(new Tooltip(Texts.get("latent.tip.vertical")));
        Slider span = new Slider(0.1, 3, 1);
        span.setShowTickLabels(true);
        span.setMajorTickUnit(1);
        span.setPrefWidth(140);
        span.valueProperty().bindBidirectional(model.spanProperty());
        span.setTooltip(new Tooltip(Texts.get("latent.tip.span")));
        classChoice.setItems(model.classChoices());
        classChoice.valueProperty().bindBidirectional(model.classChoiceProperty());
        classChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer c) {
                return c == null ? "" : c == LatentGrid.CLASS_PER_ROW ? Texts.get("latent.class.perRow") : String.valueOf(c);
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse");
            }
        });
        classChoice.setTooltip(new Tooltip(Texts.get("latent.tip.class")));
        Label classLabel = new Label(Texts.get("latent.class"));
        // a label wraps together with its control
        FlowPane bar = new FlowPane(8, 6, randomize, zero, together(new Label(Texts.get("latent.gridAcross")), horizontal, new Label(Texts.get("latent.and")), vertical),
                together(new Label(Texts.get("latent.span")), span), together(classLabel, classChoice));
        bar.setAlignment(Pos.CENTER_LEFT);
        // hidden, with its label and choice hidden too (a visible label in a hidden box is laid out cut, at size 0)
        for (Node n : List.of(bar.getChildren().get(bar.getChildren().size() - 1), classLabel, classChoice)) {
            n.visibleProperty().bind(Bindings.isNotEmpty(model.classChoices()));
            n.managedProperty().bind(n.visibleProperty());
        }
        return bar;
    }

    private static HBox together(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node walkBar() {
        WalkModel walk = model.walk();
        Button save = button(Texts.get("latent.savePoint"), Texts.get("latent.tip.savePoint"), walk::savePoint);
        Label anchors = new Label();
        anchors.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = walk.anchorCountProperty().get();
            return n == 0 ? Texts.get("latent.anchors.none") : n == 1 ? Texts.get("latent.anchors.one") : Texts.format("latent.anchors.many", n);
        }, walk.anchorCountProperty()));
        Button clear = button(Texts.get("latent.clearAnchors"), Texts.get("latent.tip.clearAnchors"), walk::clearAnchors);
        ChoiceBox<LatentInterpolation> interpolation = new ChoiceBox<>();
        interpolation.getItems().setAll(LatentInterpolation.values());
        interpolation.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LatentInterpolation i) {
                return i == null ? "" : i == LatentInterpolation.LINEAR ? Texts.get("latent.linear") : Texts.get("latent.spherical");
            }

            @Override
            public LatentInterpolation fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse");
            }
        });
        interpolation.valueProperty().bindBidirectional(walk.interpolationProperty());
        interpolation.setTooltip(new Tooltip(Texts.get("latent.tip.interpolation")));
        Button play = button(Texts.get("latent.play"), Texts.get("latent.tip.play"), () -> walk.start(false));
        Button export = button(Texts.get("latent.export"), Texts.get("latent.tip.export"), () -> walk.start(true));
        play.disableProperty().bind(walk.walkingProperty());
        export.disableProperty().bind(walk.walkingProperty());
        FlowPane bar = new FlowPane(8, 6, new Label(Texts.get("latent.walk")), save, anchors, clear, interpolation, play, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Two lines kept free: a message appearing never moves the grid, and a long one wraps instead of widening the tab. */
    private Label walkMessageLabel() {
        walkMessage.textProperty().bind(model.walk().messageProperty());
        walkMessage.setWrapText(true);
        walkMessage.setAlignment(Pos.TOP_LEFT);
        walkMessage.setPrefWidth(RECORD_SIZE);
        walkMessage.setMaxWidth(Double.MAX_VALUE);
        walkMessage.setMinHeight(34);
        walkMessage.setPrefHeight(34);
        Tooltip full = new Tooltip();
        full.textProperty().bind(walkMessage.textProperty());
        walkMessage.tooltipProperty().bind(Bindings.when(walkMessage.textProperty().isEmpty()).then((Tooltip) null).otherwise(full));
        return walkMessage;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    public LatentModel model() {
        return model;
    }

    /** The canvas with the N x N outputs (tests read its pixels). */
    public Canvas outputsCanvas() {
        return grid.canvas();
    }

    public List<Slider> sliders() {
        return sliderTable.sliders();
    }

    /** The label choice of a conditional generator: Texts.get("latent.class.perRow") (-1) or a class; hidden otherwise. */
    public ChoiceBox<Integer> classChoice() {
        return classChoice;
    }

    public void show(Snapshot s) {
        model.show(s);
    }

    public void stop() {
        poll.stop();
        model.stop();
    }

    /** Plays (and, for an export, records) the walk through the saved anchors. */
    public void startWalk(boolean record) {
        model.walk().start(record);
    }

    /** What the last walk said (saved files, or why it could not run). */
    public String walkMessage() {
        return model.walk().messageProperty().get();
    }

    /** The inference worker's state and the last request drawn (diagnostics for tests). */
    public String inferenceStatus() {
        return model.inferenceStatus();
    }

    public boolean walking() {
        return model.walk().walkingProperty().get();
    }
}
