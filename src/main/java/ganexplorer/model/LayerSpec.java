package ganexplorer.model;

/**
 * One layer of a {@link ConvNetSpec}: a linear map (dense, convolution or transposed convolution), then either a
 * per-channel bias or batch norm (a bias before batch norm would be cancelled by it), then an activation.
 */
public record LayerSpec(Kind kind, int inputs, int outputs, ConvGeometry geometry, boolean batchNorm, Activation activation) {

    public enum Kind { DENSE, CONV, CONV_TRANSPOSE }

    public LayerSpec {
        if (kind != Kind.DENSE) {
            int big = geometry.bigFeatures();
            int small = geometry.smallFeatures();
            inputs = kind == Kind.CONV ? big : small;
            outputs = kind == Kind.CONV ? small : big;
        } else if (inputs < 1 || outputs < 1 || inputs > 1 << 16 || outputs > 1 << 16) {
            throw new IllegalArgumentException("dense widths must be between 1 and 65536, got " + inputs + " -> " + outputs);
        }
    }

    public static LayerSpec dense(int inputs, int outputs, boolean batchNorm, Activation activation) {
        return new LayerSpec(Kind.DENSE, inputs, outputs, null, batchNorm, activation);
    }

    /** Channels x size x size down to outChannels, kernel 4, stride 2, padding 1: halves the size (DCGAN's critic). */
    public static LayerSpec conv(int channels, int size, int outChannels, boolean batchNorm, Activation activation) {
        return new LayerSpec(Kind.CONV, 0, 0, new ConvGeometry(channels, size, outChannels, 4, 2, 1), batchNorm, activation);
    }

    /** Channels x size x size up to outChannels x 2size x 2size, kernel 4, stride 2, padding 1 (DCGAN's generator). */
    public static LayerSpec convTranspose(int channels, int size, int outChannels, boolean batchNorm, Activation activation) {
        return new LayerSpec(Kind.CONV_TRANSPOSE, 0, 0, new ConvGeometry(outChannels, 2 * size, channels, 4, 2, 1),
                batchNorm, activation);
    }

    /** Channels of the output: what a bias or batch norm is per. */
    public int outputChannels() {
        return switch (kind) {
            case DENSE -> outputs;
            case CONV -> geometry.smallChannels();
            case CONV_TRANSPOSE -> geometry.bigChannels();
        };
    }

    /** Values per output channel and sample (1 for a dense layer). */
    public int outputPlane() {
        return outputs / outputChannels();
    }

    public int weightCount() {
        return kind == Kind.DENSE ? inputs * outputs : geometry.weightCount();
    }

    /** Weights, then a bias or (gamma, beta, running mean, running variance) per output channel. */
    public int parameterCount() {
        return weightCount() + (batchNorm ? 4 : 1) * outputChannels();
    }
}
