package ganexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/** x W with W [inputs, outputs]. */
record DenseMap(INDArray weight) implements LinearMap {
    @Override
    public void apply(INDArray x, INDArray out) {
        Gemm.gemm(x, false, weight, false, out, 1.0, 0.0);
    }

    @Override
    public void applyTranspose(INDArray g, INDArray out) {
        Gemm.gemm(g, false, weight, true, out, 1.0, 0.0);
    }

    @Override
    public void accumulateWeightGradient(INDArray x, INDArray g, INDArray weightGradient) {
        Gemm.gemm(x, true, g, false, weightGradient, 1.0, 1.0);
    }
}
