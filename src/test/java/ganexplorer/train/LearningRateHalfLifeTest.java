package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ganexplorer.objective.OptimizerSpec;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LearningRateHalfLifeTest {

    /** Adam's step on a constant gradient is the learning rate itself (m / sqrt(v) = 1 after bias correction). */
    private static double[] steps(OptimizerSpec spec, int n) {
        INDArray params = Nd4j.zeros(DataType.DOUBLE, 1, 1);
        ParameterOptimizer opt = new ParameterOptimizer(params, spec);
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            double before = params.getDouble(0);
            opt.step(Nd4j.ones(DataType.DOUBLE, 1, 1));
            out[t] = before - params.getDouble(0);
        }
        return out;
    }

    @Test
    void adamsStepShouldHalveEveryHalfLifeUpdates() {
        double[] s = steps(new OptimizerSpec.Adam(1e-2, 0.5, 0.9, 10), 31);
        assertThat(s[0]).isCloseTo(1e-2, within(1e-6));
        assertThat(s[10]).isCloseTo(0.5e-2, within(1e-6));
        assertThat(s[20]).isCloseTo(0.25e-2, within(1e-6));
        assertThat(s[30]).isCloseTo(0.125e-2, within(1e-6));
        assertThat(s[5]).isCloseTo(1e-2 * Math.pow(0.5, 0.5), within(1e-6));
    }

    @Test
    void withoutAHalfLifeTheRateShouldStayAndTheOldFormatShouldReadAsConstant() {
        double[] s = steps(new OptimizerSpec.Adam(1e-2, 0.5, 0.9), 30);
        assertThat(s[29]).isCloseTo(1e-2, within(1e-6));
        assertThat(new OptimizerSpec.Adam(1e-3, 0.5, 0.9).halfLife()).isZero();
        assertThat(new OptimizerSpec.Adam(1e-3, 0.5, 0.9, 100).withLearningRate(2e-3))
                .isEqualTo(new OptimizerSpec.Adam(2e-3, 0.5, 0.9, 100));
        assertThatThrownBy(() -> new OptimizerSpec.Adam(1e-3, 0.5, 0.9, -1)).hasMessageContaining("half-life");
    }
}
