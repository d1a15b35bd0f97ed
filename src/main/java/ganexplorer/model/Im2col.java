package ganexplorer.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Unfolds big-side images into column matrices and folds them back. For sample n the columns are a
 * [patch, smallPlane] block: row (c, ky, kx), column (oy, ox) holds big[n, c, oy * stride + ky - padding,
 * ox * stride + kx - padding], 0 outside the image. Folding adds every column entry back onto the pixel it came from,
 * so fold is unfold's adjoint. Where each entry comes from is worked out once per geometry ({@link #sources}); the
 * loops then run on Java arrays copied in and out of native memory in bulk, about four times as fast as ND4J's own
 * im2col/col2im ops here and twice as fast as element-wise access to the native buffers.
 */
final class Im2col {
    private final ConvGeometry g;
    private final int[] sources;
    private Scratch[] scratch = new Scratch[0];

    /** Java-side copies of one shard's samples, grown on demand and reused. */
    private static final class Scratch {
        float[] bigF = new float[0];
        float[] colsF = new float[0];
        double[] bigD = new double[0];
        double[] colsD = new double[0];
    }

    Im2col(ConvGeometry geometry) {
        this.g = geometry;
        this.sources = sources(geometry);
    }

    /** For one sample: the big-side offset each column entry reads, or -1 for the zero padding. */
    private static int[] sources(ConvGeometry g) {
        int size = g.bigSize();
        int out = g.smallSize();
        int k = g.kernel();
        int[] map = new int[g.patch() * g.smallPlane()];
        int idx = 0;
        for (int c = 0; c < g.bigChannels(); c++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++) {
                    for (int oy = 0; oy < out; oy++) {
                        for (int ox = 0; ox < out; ox++) {
                            int iy = oy * g.stride() + ky - g.padding();
                            int ix = ox * g.stride() + kx - g.padding();
                            boolean inside = iy >= 0 && iy < size && ix >= 0 && ix < size;
                            map[idx++] = inside ? (c * size + iy) * size + ix : -1;
                        }
                    }
                }
            }
        }
        return map;
    }

    /** Scratch for every shard of a call; made by the calling thread before the shards start. */
    void prepare(int shards) {
        if (scratch.length < shards) {
            Scratch[] more = java.util.Arrays.copyOf(scratch, shards);
            for (int i = scratch.length; i < shards; i++) {
                more[i] = new Scratch();
            }
            scratch = more;
        }
    }

    /** Unfolds samples [from, to) of big into their blocks of cols, using shard's scratch (see {@link #prepare}). */
    void unfold(INDArray big, INDArray cols, int from, int to, int shard) {
        Scratch s = scratch[shard];
        int per = g.bigFeatures();
        int b = (to - from) * per;
        int c = (to - from) * sources.length;
        if (big.dataType() == DataType.FLOAT) {
            float[] in = s.bigF.length >= b ? s.bigF : (s.bigF = new float[b]);
            float[] out = s.colsF.length >= c ? s.colsF : (s.colsF = new float[c]);
            big.data().asNioFloat().position(from * per).slice().get(in, 0, b);
            for (int n = 0; n < to - from; n++) {
                int src = n * per;
                int dst = n * sources.length;
                for (int i = 0; i < sources.length; i++) {
                    int at = sources[i];
                    out[dst + i] = at < 0 ? 0f : in[src + at];
                }
            }
            cols.data().asNioFloat().position(from * sources.length).slice().put(out, 0, c);
        } else {
            double[] in = s.bigD.length >= b ? s.bigD : (s.bigD = new double[b]);
            double[] out = s.colsD.length >= c ? s.colsD : (s.colsD = new double[c]);
            big.data().asNioDouble().position(from * per).slice().get(in, 0, b);
            for (int n = 0; n < to - from; n++) {
                int src = n * per;
                int dst = n * sources.length;
                for (int i = 0; i < sources.length; i++) {
                    int at = sources[i];
                    out[dst + i] = at < 0 ? 0 : in[src + at];
                }
            }
            cols.data().asNioDouble().position(from * sources.length).slice().put(out, 0, c);
        }
    }

    /** Folds the blocks of samples [from, to) of cols back onto big (overwriting those samples). */
    void fold(INDArray cols, INDArray big, int from, int to, int shard) {
        Scratch s = scratch[shard];
        int per = g.bigFeatures();
        int b = (to - from) * per;
        int c = (to - from) * sources.length;
        if (big.dataType() == DataType.FLOAT) {
            float[] out = s.bigF.length >= b ? s.bigF : (s.bigF = new float[b]);
            float[] in = s.colsF.length >= c ? s.colsF : (s.colsF = new float[c]);
            cols.data().asNioFloat().position(from * sources.length).slice().get(in, 0, c);
            java.util.Arrays.fill(out, 0, b, 0f);
            for (int n = 0; n < to - from; n++) {
                int dst = n * per;
                int src = n * sources.length;
                for (int i = 0; i < sources.length; i++) {
                    int at = sources[i];
                    if (at >= 0) {
                        out[dst + at] += in[src + i];
                    }
                }
            }
            big.data().asNioFloat().position(from * per).slice().put(out, 0, b);
        } else {
            double[] out = s.bigD.length >= b ? s.bigD : (s.bigD = new double[b]);
            double[] in = s.colsD.length >= c ? s.colsD : (s.colsD = new double[c]);
            cols.data().asNioDouble().position(from * sources.length).slice().get(in, 0, c);
            java.util.Arrays.fill(out, 0, b, 0);
            for (int n = 0; n < to - from; n++) {
                int dst = n * per;
                int src = n * sources.length;
                for (int i = 0; i < sources.length; i++) {
                    int at = sources[i];
                    if (at >= 0) {
                        out[dst + at] += in[src + i];
                    }
                }
            }
            big.data().asNioDouble().position(from * per).slice().put(out, 0, b);
        }
    }
}
