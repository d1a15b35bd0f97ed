package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The update schemes of the GAN session: simultaneous takes G's gradient at the critic before its step. */
class UpdateSchemeTest {
    private static TrainingConfig config(UpdateScheme scheme) {
        TrainingConfig c = TrainerTest.config("bce", 6);
        return c.withHyperparameters(c.hyperparameters().withUpdates(scheme));
    }

    @Test
    void simultaneousShouldStepTheGeneratorAgainstTheCriticBeforeItsUpdate() {
        GanSession together = new GanSession(config(UpdateScheme.SIMULTANEOUS));
        GanSession alternating = new GanSession(config(UpdateScheme.ALTERNATING));
        together.iterate();
        alternating.iterate();
        // the critic's step is the same in both (same batch, same weights) ...
        assertThat(together.capture().critic()).containsExactly(alternating.capture().critic());
        // ... but G's is the one it takes against the untouched critic: a generator update alone on a fresh session
        GanSession generatorFirst = new GanSession(config(UpdateScheme.ALTERNATING));
        generatorFirst.generatorUpdate();
        assertThat(together.generatorWeights()).containsExactly(generatorFirst.generatorWeights());
        assertThat(together.generatorWeights()).isNotEqualTo(alternating.generatorWeights());
        assertThat(together.step()).isEqualTo(1);
    }

    @Test
    void simultaneousWithSeveralCriticStepsShouldPairOnlyTheLastOneWithTheGenerator() {
        TrainingConfig c = config(UpdateScheme.SIMULTANEOUS);
        c = c.withHyperparameters(c.hyperparameters().withCriticSteps(3));
        GanSession together = new GanSession(c);
        together.iterate();
        TrainingConfig a = config(UpdateScheme.ALTERNATING);
        a = a.withHyperparameters(a.hyperparameters().withCriticSteps(3));
        // G steps against the critic after two updates ...
        GanSession generatorSide = new GanSession(a);
        generatorSide.criticUpdate();
        generatorSide.criticUpdate();
        generatorSide.generatorUpdate();
        assertThat(together.generatorWeights()).containsExactly(generatorSide.generatorWeights());
        // ... and the third critic update still sees G before its step
        GanSession criticSide = new GanSession(a);
        for (int k = 0; k < 3; k++) {
            criticSide.criticUpdate();
        }
        assertThat(together.capture().critic()).containsExactly(criticSide.capture().critic());
    }

    @Test
    void shouldParseWhatAUserTypesAndRefuseTheRest() {
        assertThat(UpdateScheme.parse(" Simultaneous")).isEqualTo(UpdateScheme.SIMULTANEOUS);
        assertThat(UpdateScheme.parse("alternating")).isEqualTo(UpdateScheme.ALTERNATING);
        assertThatThrownBy(() -> UpdateScheme.parse("jacobi")).hasMessageContaining("choose alternating or simultaneous");
    }

    @Test
    void filesWithoutTheFieldShouldReadAsAlternating() throws Exception {
        Hyperparameters h = Checkpoint.JSON.readValue("{\"batchSize\": 8, \"generatorOptimizer\": {\"type\": \"sgd\", "
                + "\"learningRate\": 0.1}, \"criticOptimizer\": {\"type\": \"sgd\", \"learningRate\": 0.1}, "
                + "\"criticSteps\": 1, \"clip\": 0.01, \"lambda\": 10, \"pinned\": true}", Hyperparameters.class);
        assertThat(h.updates()).isEqualTo(UpdateScheme.ALTERNATING);
        assertThat(h.r1()).isZero();
        Hyperparameters back = Checkpoint.JSON.readValue(Checkpoint.JSON.writeValueAsString(
                h.withUpdates(UpdateScheme.SIMULTANEOUS).withInputPenalties(0.3, 0)), Hyperparameters.class);
        assertThat(back.updates()).isEqualTo(UpdateScheme.SIMULTANEOUS);
        assertThat(back.r1()).isEqualTo(0.3);
    }
}
