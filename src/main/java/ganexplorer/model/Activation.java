package ganexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.LeakyReLUDerivative;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Element-wise activations with the first and second derivatives that backprop and the exact gradient
 * penalty need. Every method writes into a caller-owned buffer, so the hot loop allocates nothing.
 */
public enum Activation {
    IDENTITY {
        @Override
        public void apply(INDArray z, INDArray out) {
            out.assign(z);
        }

        @Override
        public void derivative(INDArray z, INDArray a, INDArray out) {
            out.assign(1);
        }
    },
    RELU {
        @Override
        public void apply(INDArray z, INDArray out) {
            Nd4j.exec(new RectifiedLinear(z, out, 0));
        }

        @Override
        public void derivative(INDArray z, INDArray a, INDArray out) {
            Nd4j.exec(new Step(z, out, 0));
        }
    },
    LEAKY_RELU {
        @Override
        public void apply(INDArray z, INDArray out) {
            Nd4j.exec(new LeakyReLU(z, out, LEAKY_SLOPE));
        }

        @Override
        public void derivative(INDArray z, INDArray a, INDArray out) {
            Nd4j.exec(new LeakyReLUDerivative(z, out, LEAKY_SLOPE));
        }
    },
    TANH {
        @Override
        public void apply(INDArray z, INDArray out) {
            Nd4j.exec(new Tanh(z, out));
        }

        @Override
        public void derivative(INDArray z, INDArray a, INDArray out) {
            out.assign(a).muli(a).rsubi(1); // 1 - tanh^2
        }

        @Override
        public boolean hasCurvature() {
            return true;
        }

        @Override
        public void secondDerivative(INDArray z, INDArray a, INDArray out) {
            out.assign(a).muli(a).rsubi(1).muli(a).muli(-2); // -2 tanh (1 - tanh^2)
        }
    };

    /** Slope of LeakyReLU below zero, as in DCGAN and the reference scripts. */
    public static final double LEAKY_SLOPE = 0.2;

    /** out = f(z). */
    public abstract void apply(INDArray z, INDArray out);

    /** out = f'(z); {@code a} holds f(z) already, which some derivatives reuse. */
    public abstract void derivative(INDArray z, INDArray a, INDArray out);

    /** False when f'' is zero almost everywhere (piecewise-linear units), so second-order terms can be skipped. */
    public boolean hasCurvature() {
        return false;
    }

    /** out = f''(z); only called when {@link #hasCurvature()}. */
    public void secondDerivative(INDArray z, INDArray a, INDArray out) {
        out.assign(0);
    }

    /** Parses a user-typed name such as {@code leaky-relu}. */
    public static Activation parse(String text) {
        for (Activation a : values()) {
            if (a.id().equalsIgnoreCase(text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + text + "'; choose relu, leaky-relu or tanh");
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }
}
