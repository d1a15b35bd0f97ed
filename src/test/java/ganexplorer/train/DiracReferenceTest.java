package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole Dirac-GAN runs against PyTorch autograd in double precision: the numbers are the output of
 * src/test/resources/ganexplorer/train/dirac_reference.py. The session steps in float, like the networks, so after
 * 500 steps they agree to a few 1e-6.
 */
class DiracReferenceTest {
    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("bce-minimax", 500, UpdateScheme.SIMULTANEOUS, 10.0, 0.0, -2.9966513557, 1.5051143708),
                Arguments.of("bce-minimax", 500, UpdateScheme.ALTERNATING, 10.0, 0.0, 1.2623105723, -0.4472885111),
                Arguments.of("bce-minimax", 500, UpdateScheme.ALTERNATING, 10.0, 0.3, -0.0000003030, 0.0000000093),
                Arguments.of("wgan-gp", 500, UpdateScheme.ALTERNATING, 0.2, 0.0, -1.2667374264, -0.0664528490),
                Arguments.of("bce", 100, UpdateScheme.SIMULTANEOUS, 10.0, 0.1, -0.4134405906, -0.0366486274));
    }

    @ParameterizedTest(name = "{0} {2} lambda {3} R1 {4}, {1} steps")
    @MethodSource("runs")
    void shouldEndWhereAutogradEnds(String objective, int steps, UpdateScheme updates, double lambda, double r1,
                                    double theta, double psi) {
        DiracSession s = DiracGanTest.session(objective, 1, 1, lambda, r1, updates);
        for (int i = 0; i < steps; i++) {
            s.iterate(false);
        }
        assertThat(s.theta()).isCloseTo(theta, within(2e-5));
        assertThat(s.psi()).isCloseTo(psi, within(2e-5));
    }
}
