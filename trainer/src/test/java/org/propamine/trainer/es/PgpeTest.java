package org.propamine.trainer.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class PgpeTest {

    @Test
    void meanAndSigmaUpdateByHand() {
        // dim 1, σ = 0.5, pairs at indices 0, 1: z = 2, 0.5 → ε = 1.0, 0.25. Raw fitness (3, 1, 0, 0), baseline b = 1.
        // g_θ = 1/2 · [(3−1)/2 · 1.0 + 0] = 0.5 → SGD lr 0.1: θ = 0.05
        // g_σ = 1/2 · [(2 − 1)(1 − 0.25)/0.5 + (0 − 1)(0.0625 − 0.25)/0.5] = 1/2 · (1.5 + 0.375) = 0.9375
        NoiseTable noise = NoiseTable.of(2f, 0.5f);
        double[] fitness = {3, 1, 0, 0};
        PgpeConfig slow = new PgpeConfig(2, 0.5, 0.08, 0.2, Schedule.constant(0.1), new Sgd(0), FitnessShaping.RAW);
        Pgpe pgpe = new Pgpe(slow, noise, 0);
        StrategyState s = pgpe.init(new double[] {0});
        Population p = new Population(0, s.mean(), s.sigma(), new int[] {0, 1});
        StrategyState next = pgpe.tell(s, p, fitness);
        assertArrayEquals(new double[] {0.05}, next.mean(), 1e-15);
        assertArrayEquals(new double[] {0.5 + 0.08 * 0.9375}, next.sigma(), 1e-15); // 0.075 < 0.2·0.5: not clipped

        // with η_σ = 1 the change 0.9375 is clipped to 0.2·σ = 0.1
        PgpeConfig fast = new PgpeConfig(2, 0.5, 1.0, 0.2, Schedule.constant(0.1), new Sgd(0), FitnessShaping.RAW);
        assertArrayEquals(new double[] {0.6}, new Pgpe(fast, noise, 0).tell(s, p, fitness).sigma(), 1e-15);
    }
}
