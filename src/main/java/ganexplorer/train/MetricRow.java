package ganexplorer.train;

import com.fasterxml.jackson.annotation.JsonIgnore;
import ganexplorer.metrics.SampleQuality;
import ganexplorer.metrics.ToyMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the metric history: the losses and gradient norms of the iteration that ended at {@code step}, and
 * the critic-free measurements on that step's evaluation sample ({@code quality}, one kind per kind of data).
 *
 * @param experiment the experiment it was measured in (see {@link Snapshot#experiment()}); an id of the running
 *                   trainer, so checkpoints do not store it
 * @param dReal      under a BCE objective the critic's mean sigmoid on the evaluation's real points (the PyTorch DCGAN
 *                   tutorial's D(x)), else NaN (also in rows written before it existed)
 * @param dFake      the same on its generated points (D(G(z)))
 * @param weightsAtMax share of the critic's parameters within 1% of its largest |w| ({@link CriticWeights}: under
 *                   wgan-clip, the weights the clip holds at +-c), NaN where not measured
 * @param gradDepthSlope how log10 of the critic loss's gradient norm at the hidden layers changes per layer from the
 *                   output towards the input ({@link CriticWeights#depthSlope()}), NaN below three hidden layers
 */
public record MetricRow(@JsonIgnore long experiment, long step, String objective, double criticLoss,
                        double generatorLoss, double criticEstimate, double generatorGradNorm, double criticGradNorm,
                        SampleQuality quality, Double dReal, Double dFake, Double weightsAtMax, Double gradDepthSlope) {

    public MetricRow {
        dReal = dReal == null ? Double.NaN : dReal;
        dFake = dFake == null ? Double.NaN : dFake;
        weightsAtMax = weightsAtMax == null ? Double.NaN : weightsAtMax;
        gradDepthSlope = gradDepthSlope == null ? Double.NaN : gradDepthSlope;
    }

    /** A row without the gradient profile's slope. */
    public MetricRow(long experiment, long step, String objective, double criticLoss, double generatorLoss,
                     double criticEstimate, double generatorGradNorm, double criticGradNorm, SampleQuality quality,
                     Double dReal, Double dFake, Double weightsAtMax) {
        this(experiment, step, objective, criticLoss, generatorLoss, criticEstimate, generatorGradNorm, criticGradNorm,
                quality, dReal, dFake, weightsAtMax, Double.NaN);
    }

    /** A row without the critic's weight share. */
    public MetricRow(long experiment, long step, String objective, double criticLoss, double generatorLoss,
                     double criticEstimate, double generatorGradNorm, double criticGradNorm, SampleQuality quality,
                     Double dReal, Double dFake) {
        this(experiment, step, objective, criticLoss, generatorLoss, criticEstimate, generatorGradNorm, criticGradNorm,
                quality, dReal, dFake, Double.NaN);
    }

    /** A row without the BCE critic's probabilities. */
    public MetricRow(long experiment, long step, String objective, double criticLoss, double generatorLoss,
                     double criticEstimate, double generatorGradNorm, double criticGradNorm, SampleQuality quality) {
        this(experiment, step, objective, criticLoss, generatorLoss, criticEstimate, generatorGradNorm, criticGradNorm,
                quality, Double.NaN, Double.NaN);
    }

    public MetricRow withExperiment(long id) {
        return new MetricRow(id, step, objective, criticLoss, generatorLoss, criticEstimate, generatorGradNorm,
                criticGradNorm, quality, dReal, dFake, weightsAtMax, gradDepthSlope);
    }

    public MetricRow withQuality(SampleQuality q) {
        return new MetricRow(experiment, step, objective, criticLoss, generatorLoss, criticEstimate, generatorGradNorm,
                criticGradNorm, q, dReal, dFake, weightsAtMax, gradDepthSlope);
    }

    /**
     * The value of a metrics.csv column by name (d_loss, w1, modes_covered, confident_share, …), as experiment
     * files name them in their expectations.
     */
    public double value(String column) {
        switch (column) {
            case "step":
                return step;
            case "d_loss":
                return criticLoss;
            case "g_loss":
                return generatorLoss;
            case "critic_w":
                return criticEstimate;
            case "g_grad_norm":
                return generatorGradNorm;
            case "d_grad_norm":
                return criticGradNorm;
            case "d_real":
                return dReal;
            case "d_fake":
                return dFake;
            case "weights_at_max":
                return weightsAtMax;
            case "grad_depth_slope":
                return gradDepthSlope;
            case CRITIC_OVER_W1:
                return criticOverW1();
            default:
                int i = quality.csvColumns().indexOf(column);
                if (i < 0) {
                    throw new IllegalArgumentException("no metric '" + column + "' for this data; metrics.csv has "
                            + csvHeader().replace(",", ", ") + " (and on points " + CRITIC_OVER_W1 + ")");
                }
                return quality.csvValues().get(i);
        }
    }

    /** The name under which {@link #value} gives {@link #criticOverW1()}. */
    public static final String CRITIC_OVER_W1 = "critic_over_w1";

    /**
     * The critic's estimate over the exact W1 of the same evaluation points, on 2-D data (NaN on images, whose sliced
     * W lives in another space). Above 1 the critic is not 1-Lipschitz: by Kantorovich-Rubinstein duality no
     * 1-Lipschitz function separates two point sets by more than their W1.
     */
    public double criticOverW1() {
        return quality instanceof ToyMetrics t && t.w1() > 0 ? criticEstimate / t.w1() : Double.NaN;
    }

    /** Shortcut for charts and the readout: exact W1 on the plane, sliced W on images. */
    public double distance() {
        return quality.distance();
    }

    public String csvHeader() {
        List<String> names = new ArrayList<>(List.of("step", "objective", "d_loss", "g_loss", "critic_w"));
        names.addAll(quality.csvColumns());
        names.addAll(List.of("g_grad_norm", "d_grad_norm", "d_real", "d_fake",
                "weights_at_max", "grad_depth_slope"));
        return String.join(",", names);
    }

    public String toCsv() {
        StringBuilder line = new StringBuilder().append(step).append(',').append(objective);
        for (double v : new double[] {criticLoss, generatorLoss, criticEstimate}) {
            line.append(',').append(num(v));
        }
        for (double v : quality.csvValues()) {
            line.append(',').append(num(v));
        }
        for (double v : new double[] {generatorGradNorm, criticGradNorm, dReal, dFake, weightsAtMax, gradDepthSlope}) {
            line.append(',').append(num(v));
        }
        return line.toString();
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return isWholeNumber(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Counts travel as doubles in the quality's values; they are written as integers (8, not 8.0). */
    public static boolean isWholeNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9;
    }
}
