package ganexplorer.objective;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/** An optimizer and its settings; turned into ND4J's own updater, which works in place on a flat gradient. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OptimizerSpec.Adam.class, name = "adam"),
    @JsonSubTypes.Type(value = OptimizerSpec.RmsProp.class, name = "rmsprop"),
    @JsonSubTypes.Type(value = OptimizerSpec.PlainSgd.class, name = "sgd")
})
public sealed interface OptimizerSpec {
    /** Adam 2e-4, beta1 0.5: the DCGAN paper's setting, used by the BCE and least-squares objectives. */
    OptimizerSpec ADAM_DCGAN = new Adam(2e-4, 0.5, 0.999);

    double learningRate();

    /** The same optimizer with another learning rate. */
    OptimizerSpec withLearningRate(double lr);

    IUpdater toUpdater();

    @JsonIgnore
    String describe();

    private static void checkRate(double lr) {
        if (!(lr > 0) || !Double.isFinite(lr) || lr > 10) {
            throw new IllegalArgumentException("the learning rate must be a positive number no larger than 10 (typical: 1e-4 to 1e-3), got " + lr);
        }
    }

    /**
     * Adam; with a {@code halfLife} above 0 its learning rate halves every {@code halfLife} updates of its network
     * (lr * 0.5^(t / halfLife), ND4J's exponential schedule), so a toy run can settle onto the modes at the end.
     * The critic takes {@code criticSteps} updates per generator step: its half-life counts its own updates.
     */
    record Adam(double learningRate, double beta1, double beta2, double halfLife) implements OptimizerSpec {
        public Adam {
            checkRate(learningRate);
            if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
                throw new IllegalArgumentException("Adam's betas must lie in [0, 1), got " + beta1 + " and " + beta2);
            }
            if (!(halfLife >= 0) || Double.isInfinite(halfLife)) {
                throw new IllegalArgumentException("Adam's learning-rate half-life must be 0 (constant) or a positive "
                        + "number of updates, got " + halfLife);
            }
        }

        /** A constant learning rate. */
        public Adam(double learningRate, double beta1, double beta2) {
            this(learningRate, beta1, beta2, 0);
        }

        @Override
        public OptimizerSpec withLearningRate(double lr) {
            return new Adam(lr, beta1, beta2, halfLife);
        }

        @Override
        public IUpdater toUpdater() {
            org.nd4j.linalg.learning.config.Adam adam = new org.nd4j.linalg.learning.config.Adam(learningRate, beta1,
                    beta2, 1e-8);
            if (halfLife > 0) {
                adam.setLearningRateSchedule(new ExponentialSchedule(ScheduleType.ITERATION, learningRate,
                        Math.pow(0.5, 1 / halfLife)));
            }
            return adam;
        }

        @Override
        public String describe() {
            return "Adam " + learningRate + ", betas (" + beta1 + ", " + beta2 + ")"
                    + (halfLife > 0 ? ", halving every " + Math.round(halfLife) + " updates" : "");
        }
    }

    /** RMSProp with PyTorch's decay 0.99, as the WGAN paper's reference code ran it. */
    record RmsProp(double learningRate) implements OptimizerSpec {
        public RmsProp {
            checkRate(learningRate);
        }

        @Override
        public OptimizerSpec withLearningRate(double lr) {
            return new RmsProp(lr);
        }

        @Override
        public IUpdater toUpdater() {
            return new org.nd4j.linalg.learning.config.RmsProp(learningRate, 0.99, 1e-8);
        }

        @Override
        public String describe() {
            return "RMSProp " + learningRate;
        }
    }

    record PlainSgd(double learningRate) implements OptimizerSpec {
        public PlainSgd {
            checkRate(learningRate);
        }

        @Override
        public OptimizerSpec withLearningRate(double lr) {
            return new PlainSgd(lr);
        }

        @Override
        public IUpdater toUpdater() {
            return new Sgd(learningRate);
        }

        @Override
        public String describe() {
            return "SGD " + learningRate;
        }
    }
}
