package ganexplorer.model;

/**
 * The two sides of a strided convolution with a square kernel: the big side (bigChannels x bigSize x bigSize) and
 * the small side it is convolved down to. A convolution maps big to small; a transposed convolution maps small to
 * big with the same kernel, so one geometry serves both, and each is the other's input gradient.
 */
public record ConvGeometry(int bigChannels, int bigSize, int smallChannels, int kernel, int stride, int padding) {
    public ConvGeometry {
        if (bigChannels < 1 || smallChannels < 1 || bigChannels > 4096 || smallChannels > 4096) {
            throw new IllegalArgumentException("channels must be between 1 and 4096, got " + bigChannels + " and " + smallChannels);
        }
        if (kernel < 1 || stride < 1 || padding < 0 || padding >= kernel) {
            throw new IllegalArgumentException("impossible kernel " + kernel + ", stride " + stride + ", padding " + padding);
        }
        if (bigSize + 2 * padding < kernel || (bigSize + 2 * padding - kernel) % stride != 0) {
            throw new IllegalArgumentException("a " + kernel + "x" + kernel + " kernel with stride " + stride + " and padding "
                    + padding + " does not tile a " + bigSize + "x" + bigSize + " image exactly");
        }
    }

    public int smallSize() {
        return (bigSize + 2 * padding - kernel) / stride + 1;
    }

    public int bigFeatures() {
        return bigChannels * bigSize * bigSize;
    }

    public int smallFeatures() {
        return smallChannels * smallSize() * smallSize();
    }

    /** Rows of one sample's column matrix: a kernel's worth of big-side values per small-side position. */
    public int patch() {
        return bigChannels * kernel * kernel;
    }

    public int smallPlane() {
        return smallSize() * smallSize();
    }

    public int weightCount() {
        return smallChannels * patch();
    }
}
