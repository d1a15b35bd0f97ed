package ganexplorer.model;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * C = alpha op(A) op(B) + beta C, straight into the OpenBLAS that ND4J itself loads. ND4J's own gemm goes through its
 * generic custom-op machinery, which cost more than the arithmetic for the small products of the toy models (a
 * profile of a BCE step put two thirds of the time in it). Falls back to ND4J for anything but contiguous row-major
 * float or double arrays.
 */
final class Gemm {
    private Gemm() {
    }

    static void gemm(INDArray a, boolean transA, INDArray b, boolean transB, INDArray c, double alpha, double beta) {
        if (!rowMajorDense(a) || !rowMajorDense(b) || !rowMajorDense(c)
                || a.dataType() != c.dataType() || b.dataType() != c.dataType()) {
            Nd4j.gemm(a, b, c, transA, transB, alpha, beta);
            return;
        }
        int m = (int) c.rows();
        int n = (int) c.columns();
        int k = (int) (transA ? a.rows() : a.columns());
        if ((transA ? a.columns() : a.rows()) != m || (transB ? b.rows() : b.columns()) != n
                || (transB ? b.columns() : b.rows()) != k) {
            throw new IllegalArgumentException("gemm shapes do not fit: " + shape(a, transA) + " x " + shape(b, transB)
                    + " -> " + c.rows() + "x" + c.columns());
        }
        int ta = transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int tb = transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int lda = (int) a.columns();
        int ldb = (int) b.columns();
        int ldc = (int) c.columns();
        // data() of a view is a buffer whose address already includes the view's offset
        if (c.dataType() == DataType.FLOAT) {
            openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, ta, tb, m, n, k, (float) alpha,
                    (FloatPointer) a.data().addressPointer(), lda, (FloatPointer) b.data().addressPointer(), ldb,
                    (float) beta, (FloatPointer) c.data().addressPointer(), ldc);
        } else {
            openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, ta, tb, m, n, k, alpha,
                    (DoublePointer) a.data().addressPointer(), lda, (DoublePointer) b.data().addressPointer(), ldb,
                    beta, (DoublePointer) c.data().addressPointer(), ldc);
        }
    }

    private static boolean rowMajorDense(INDArray x) {
        return x.rank() == 2 && (x.dataType() == DataType.FLOAT || x.dataType() == DataType.DOUBLE)
                && x.stride(1) == 1 && x.stride(0) == x.columns() && x.ordering() == 'c';
    }

    private static String shape(INDArray x, boolean trans) {
        return trans ? x.columns() + "x" + x.rows() : x.rows() + "x" + x.columns();
    }

    /**
     * Products C_i = alpha op(A_i) op(B_i) + beta C_i for i in [from, to), over row-major blocks laid end to end:
     * block i of X starts at element i * xStride of X's buffer (a stride of 0 shares one block, e.g. a weight matrix).
     * A is m x k after op, B is k x n, C is m x n. Convolutions run one product per sample this way, without views.
     */
    static void blocks(INDArray a, long aStride, boolean transA, INDArray b, long bStride, boolean transB, INDArray c,
                       long cStride, int m, int n, int k, double alpha, double beta, int from, int to) {
        int ta = transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int tb = transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int lda = transA ? m : k;
        int ldb = transB ? k : n;
        if (c.dataType() == DataType.FLOAT) {
            FloatPointer pa = (FloatPointer) a.data().addressPointer();
            FloatPointer pb = (FloatPointer) b.data().addressPointer();
            FloatPointer pc = (FloatPointer) c.data().addressPointer();
            for (int i = from; i < to; i++) {
                openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, ta, tb, m, n, k, (float) alpha,
                        pa.getPointer(i * aStride), lda, pb.getPointer(i * bStride), ldb, (float) beta,
                        pc.getPointer(i * cStride), n);
            }
        } else {
            DoublePointer pa = (DoublePointer) a.data().addressPointer();
            DoublePointer pb = (DoublePointer) b.data().addressPointer();
            DoublePointer pc = (DoublePointer) c.data().addressPointer();
            for (int i = from; i < to; i++) {
                openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, ta, tb, m, n, k, alpha,
                        pa.getPointer(i * aStride), lda, pb.getPointer(i * bStride), ldb, beta, pc.getPointer(i * cStride), n);
            }
        }
    }
}
