package ganexplorer.objective;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;

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

    record Adam(double learningRate, double beta1, double beta2) implements OptimizerSpec {
        public Adam {
            checkRate(learningRate);
            if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
                throw new IllegalArgumentException("Adam's betas must lie in [0, 1), got " + beta1 + " and " + beta2);
            }
        }

        @Override
        public OptimizerSpec withLearningRate(double lr) {
            return new Adam(lr, beta1, beta2);
        }

        @Override
        public IUpdater toUpdater() {
            return new org.nd4j.linalg.learning.config.Adam(learningRate, beta1, beta2, 1e-8);
        }

        @Override
        public String describe() {
            return "Adam " + learningRate + ", betas (" + beta1 + ", " + beta2 + ")";
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
