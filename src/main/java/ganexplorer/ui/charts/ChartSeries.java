package ganexplorer.ui.charts;

import ganexplorer.train.MetricRow;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** One line of a chart; its name depends on whether the run is on points or images. */
final class ChartSeries {
    /** Colours by place in the chart (chartfx's first two): a line keeps its colour when another is left out. */
    static final List<String> COLOURS = List.of("#0000c8", "#c80000", "#007a00");

    private final String pointName;
    private final String imageName;
    final ToDoubleFunction<MetricRow> value;
    private String colour = COLOURS.get(0);
    private DoubleDataSet data;

    ChartSeries(String name, ToDoubleFunction<MetricRow> value) {
        this(name, name, value);
    }

    ChartSeries(String pointName, String imageName, ToDoubleFunction<MetricRow> value) {
        this.pointName = pointName;
        this.imageName = imageName;
        this.value = value;
        rename(false);
    }

    /** Pins the line's colour (chartfx would colour by the data set's index among those drawn). */
    void colour(String c) {
        colour = c;
        data.setStyle("-color-dataset: " + c + ";");
    }

    String name(boolean images) {
        return images ? imageName : pointName;
    }

    DoubleDataSet data() {
        return data;
    }

    /** chartfx data sets keep the name they were made with, so a new kind of data gets a new set. */
    void rename(boolean images) {
        data = new DoubleDataSet(name(images));
        colour(colour);
    }
}
