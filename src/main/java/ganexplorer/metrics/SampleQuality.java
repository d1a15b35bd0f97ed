package ganexplorer.metrics;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * The critic-free measurements of one evaluation sample. Each kind of data has its own, but charts, the readout and
 * the run files need the same three questions answered: how far apart (a distance that trusts no critic), how much
 * of the data is reached (coverage), how many samples are good (quality share).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = ToyMetrics.class, name = "toy"),
        @JsonSubTypes.Type(value = ImageMetrics.class, name = "image"),
        @JsonSubTypes.Type(value = PointMassMetrics.class, name = "point-mass")})
public sealed interface SampleQuality permits ToyMetrics, ImageMetrics, PointMassMetrics {

    /** Exact W1 between the point sets on the plane; sliced W in the metric network's feature space on images. */
    double distance();

    /** Share of modes (or classes) the generated sample reaches, or NaN where the data has none. */
    double coverage();

    /** Share of generated samples that are good: near a mode, or confidently classified. */
    double qualityShare();

    /** Column names for metrics.csv, in the order of {@link #csvValues()}. */
    List<String> csvColumns();

    List<Double> csvValues();

    /** A few numbers for a console progress line. */
    String summary();
}
