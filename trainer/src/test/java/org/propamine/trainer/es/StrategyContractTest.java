package org.propamine.trainer.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered strategy optimises a sphere and a Rastrigin function (evosax's {@code test_run}). */
class StrategyContractTest {
    private static final NoiseTable NOISE = NoiseTable.generate(7, 1 << 16);

    static java.util.List<String> ids() {
        return Strategies.ids();
    }

    /** Settings per strategy: decaying step sizes so the search converges rather than hovers. */
    private static StrategyConfig sphereConfig(String id) {
        StrategyConfig c = Strategies.defaults(id);
        if (c instanceof OpenEsConfig o) {
            return o.withPairs(16).withWeightDecay(0).withSigma(Schedule.exponential(0.1, 0.98, 0.001))
                    .withLearningRate(Schedule.exponential(0.05, 0.98, 0.0005));
        }
        return ((PgpeConfig) c).withPairs(16).withInitialSigma(0.1)
                .withLearningRate(Schedule.exponential(0.05, 0.98, 0.0005)).withOptimizer(ClipUp.withMaxSpeed(0.1));
    }

    /** Wider search for the multimodal Rastrigin function. */
    private static StrategyConfig rastriginConfig(String id) {
        StrategyConfig c = Strategies.defaults(id);
        if (c instanceof OpenEsConfig o) {
            return o.withPairs(16).withWeightDecay(0).withSigma(Schedule.exponential(1.0, 0.98, 0.01))
                    .withLearningRate(Schedule.exponential(0.1, 0.98, 0.001));
        }
        return new PgpeConfig(16, 0.5, 0.2, 0.2, Schedule.exponential(0.15, 0.99, 0.001), ClipUp.withMaxSpeed(0.3),
                FitnessShaping.CENTERED_RANK);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void optimisesSphere(String id) {
        double[] x0 = Objectives.filled(20, 1.0); // f(x0) = −20
        StrategyState s = Objectives.optimise(sphereConfig(id).build(NOISE, 3), Objectives::sphere, x0, 150);
        double start = -Objectives.sphere(x0);
        double end = -Objectives.sphere(s.mean());
        assertTrue(end < 1e-3 * start, id + ": sphere " + start + " -> " + end);
        assertEquals(150, s.generation());
    }

    @ParameterizedTest
    @MethodSource("ids")
    void improvesRastrigin(String id) {
        double[] x0 = Objectives.filled(10, 3.0); // f(x0) = −90 (every term 9 − 10 cos 6π + 10 = 9)
        StrategyState s = Objectives.optimise(rastriginConfig(id).build(NOISE, 3), Objectives::rastrigin, x0, 300);
        double end = -Objectives.rastrigin(s.mean());
        assertEquals(90, -Objectives.rastrigin(x0), 1e-9);
        assertTrue(end < 30, id + ": rastrigin 90 -> " + end); // at least a threefold reduction
        assertTrue(s.bestFitness() > Objectives.rastrigin(x0));
    }
}
