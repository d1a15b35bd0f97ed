package ganexplorer.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The critic's parameters at a logged step, as the weight-clipping lesson needs them: one histogram per layer over a
 * shared symmetric range (so a pile at +-c shows in every layer's edge bins), and the share of all parameters that
 * sit at the largest magnitude. Under wgan-clip that magnitude is the clip c, and the share is how many weights the
 * clip holds (the WGAN-GP paper's Fig. 1b histogram); under any other objective it is the same measure against the
 * network's own largest weight, so both can be compared.
 *
 * @param layers     the histograms, input layer first
 * @param range      the bins span [-range, range]: the largest |w| over the whole critic
 * @param atMaxShare share of all parameters with |w| >= 0.99 x range (NaN when every parameter is 0 or there are none)
 * @param clip       the clip c when the objective clips, else NaN
 * @param layerGradients log10 of the RMS norm of the critic loss's gradient at each hidden layer's activations, input
 *                   side first (the WGAN-GP paper's Fig. 1b: with deep clipped critics it explodes or vanishes with
 *                   depth); empty where not measured
 */
public record CriticWeights(List<Layer> layers, double range, double atMaxShare, double clip,
                            List<Double> layerGradients) {
    /** No critic to show (the Dirac GAN's single slope, or before the first logged step). */
    public static final CriticWeights NONE = new CriticWeights(List.of(), 0, Double.NaN, Double.NaN, List.of());
    /** Fewer hidden layers than this make no profile worth a slope. */
    public static final int PROFILE_LAYERS = 3;
    /** Within this fraction of the largest |w| a parameter counts as sitting at it. */
    public static final double AT_MAX = 0.99;

    public CriticWeights {
        layers = List.copyOf(layers);
        layerGradients = layerGradients == null ? List.of() : List.copyOf(layerGradients);
    }

    /** Histograms without a gradient profile. */
    public CriticWeights(List<Layer> layers, double range, double atMaxShare, double clip) {
        this(layers, range, atMaxShare, clip, List.of());
    }

    /** The same weights with the gradient profile measured at the same step (RMS norms, input side first). */
    public CriticWeights withGradientNorms(double[] norms) {
        return new CriticWeights(layers, range, atMaxShare, clip,
                Arrays.stream(norms).map(Math::log10).boxed().toList());
    }

    /**
     * How log10 of the gradient norm changes per layer, going from the output towards the input: the least-squares
     * slope against each hidden layer's depth (1 for the layer next to the output). Above 0 the gradient grows on its
     * way back (explodes), below 0 it shrinks (vanishes). NaN with fewer than {@link #PROFILE_LAYERS} hidden layers or
     * a norm that is 0 or not finite.
     */
    public double depthSlope() {
        int n = layerGradients.size();
        if (n < PROFILE_LAYERS || !layerGradients.stream().allMatch(Double::isFinite)) {
            return Double.NaN;
        }
        double meanDepth = (n + 1) / 2.0;
        double meanLog = layerGradients.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < n; k++) {
            double x = (n - k) - meanDepth;
            sxy += x * (layerGradients.get(k) - meanLog);
            sxx += x * x;
        }
        return sxy / sxx;
    }

    /** One layer's counts, bin 0 at -range. */
    public record Layer(int[] counts) {
        public Layer {
            counts = counts.clone();
        }

        @Override
        public int[] counts() {
            return counts.clone();
        }

        public int total() {
            return Arrays.stream(counts).sum();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Layer l && Arrays.equals(counts, l.counts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(counts);
        }

        @Override
        public String toString() {
            return Arrays.toString(counts);
        }
    }

    /**
     * Histograms of a flat parameter vector cut into layers of the given sizes. Sizes that do not add up to the
     * vector's length (a critic with parts of its own, such as a label embedding) give one histogram of everything.
     */
    public static CriticWeights of(float[] parameters, int[] layerSizes, double clip, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, got " + bins);
        }
        if (parameters.length == 0) {
            return NONE;
        }
        int[] sizes = Arrays.stream(layerSizes).sum() == parameters.length ? layerSizes : new int[] {parameters.length};
        double range = 0;
        for (float w : parameters) {
            range = Math.max(range, Math.abs(w));
        }
        double clipOrNaN = clip > 0 ? clip : Double.NaN;
        if (range == 0) {
            return new CriticWeights(List.of(), 0, Double.NaN, clipOrNaN);
        }
        List<Layer> layers = new ArrayList<>();
        long atMax = 0;
        int offset = 0;
        for (int size : sizes) {
            int[] counts = new int[bins];
            for (int i = offset; i < offset + size; i++) {
                double w = parameters[i];
                int bin = (int) Math.floor((w + range) / (2 * range) * bins);
                counts[Math.min(bins - 1, Math.max(0, bin))]++;
                if (Math.abs(w) >= AT_MAX * range) {
                    atMax++;
                }
            }
            layers.add(new Layer(counts));
            offset += size;
        }
        return new CriticWeights(layers, range, (double) atMax / parameters.length, clipOrNaN);
    }
}
