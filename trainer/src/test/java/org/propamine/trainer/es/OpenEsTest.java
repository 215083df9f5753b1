package org.propamine.trainer.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpenEsTest {
    // Noise slices: pair 0 at index 0 → z0 = (1, 2); pair 1 at index 2 → z1 = (−1, 0.5).
    private static final NoiseTable NOISE = NoiseTable.of(1f, 2f, -1f, 0.5f);
    private static final double[] FITNESS = {3, 1, 0, 2}; // (F0+, F0−, F1+, F1−)

    private static OpenEs es(FitnessShaping shaping, double weightDecay) {
        OpenEsConfig c = new OpenEsConfig(2, Schedule.constant(0.5), Schedule.constant(0.1), new Sgd(0), weightDecay, shaping);
        return new OpenEs(c, NOISE, 0);
    }

    private static Population population(StrategyState s) {
        return new Population(s.generation(), s.mean(), s.sigma(), new int[] {0, 2});
    }

    @Test
    void gradientEstimateByHand() {
        // g = 1/(Nσ) Σ_p (F+ − F−) z_p = 1/(4·0.5) · [(3−1)(1, 2) + (0−2)(−1, 0.5)] = 0.5 · (4, 3) = (2, 1.5)
        OpenEs es = es(FitnessShaping.RAW, 0);
        StrategyState s = es.init(new double[] {0, 0});
        assertArrayEquals(new double[] {2, 1.5}, es.gradient(s, population(s), FITNESS), 1e-15);
        // plain SGD, lr 0.1: θ = (0.2, 0.15)
        StrategyState next = es.tell(s, population(s), FITNESS);
        assertArrayEquals(new double[] {0.2, 0.15}, next.mean(), 1e-15);
        assertEquals(1, next.generation());
    }

    @Test
    void weightDecayPullsTowardsZero() {
        // λ = 0.1 at θ = (1, 1): ascent direction (2 − 0.1, 1.5 − 0.1) → θ = (1.19, 1.14)
        OpenEs es = es(FitnessShaping.RAW, 0.1);
        StrategyState s = es.init(new double[] {1, 1});
        assertArrayEquals(new double[] {1.19, 1.14}, es.tell(s, population(s), FITNESS).mean(), 1e-15);
    }

    @Test
    void centeredRankGradientByHand() {
        // shaped (0.5, −1/6, −0.5, 1/6): g = 1/2 · [(2/3)(1, 2) + (−2/3)(−1, 0.5)] = (2/3, 1/2)
        OpenEs es = es(FitnessShaping.CENTERED_RANK, 0);
        StrategyState s = es.init(new double[] {0, 0});
        double[] w = FitnessShaping.CENTERED_RANK.shape(FITNESS);
        assertArrayEquals(new double[] {2.0 / 3, 0.5}, es.gradient(s, population(s), w), 1e-15);
    }

    @Test
    void tellTracksBestCandidateAndSigmaSchedule() {
        OpenEsConfig c = new OpenEsConfig(2, Schedule.exponential(0.5, 0.5, 0.01), Schedule.constant(0.1), new Sgd(0), 0,
                FitnessShaping.RAW);
        OpenEs es = new OpenEs(c, NOISE, 0);
        StrategyState s = es.init(new double[] {0, 0});
        assertArrayEquals(new double[] {0.5}, s.sigma(), 0.0);
        StrategyState next = es.tell(s, population(s), FITNESS);
        assertEquals(3, next.bestFitness());
        assertArrayEquals(new double[] {0.5, 1.0}, next.best(), 0.0); // candidate 0 = 0 + 0.5·(1, 2)
        assertArrayEquals(new double[] {0.25}, next.sigma(), 0.0);
    }

    @Test
    void askIsAFunctionOfSeedAndGeneration() {
        NoiseTable noise = NoiseTable.generate(1, 1000);
        OpenEs a = new OpenEs(OpenEsConfig.defaults().withPairs(8), noise, 11);
        StrategyState s = a.init(new double[10]);
        assertArrayEquals(a.ask(s).noiseIndices(), a.ask(s).noiseIndices());
        assertArrayEquals(a.ask(s).noiseIndices(), new OpenEs(OpenEsConfig.defaults().withPairs(8), noise, 11).ask(s).noiseIndices());
        int[] other = new OpenEs(OpenEsConfig.defaults().withPairs(8), noise, 12).ask(s).noiseIndices();
        assertTrue(!java.util.Arrays.equals(a.ask(s).noiseIndices(), other));
    }

    @Test
    void tellRejectsNonFiniteFitnessAndWrongGeneration() {
        OpenEs es = es(FitnessShaping.RAW, 0);
        StrategyState s = es.init(new double[] {0, 0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> es.tell(s, population(s), new double[] {1, Double.NaN, 0, 0}));
        assertTrue(e.getMessage().contains("candidate 1"), e.getMessage());
        StrategyState next = es.tell(s, population(s), FITNESS);
        assertThrows(IllegalArgumentException.class, () -> es.tell(next, population(s), FITNESS));
    }

    @Test
    void gradientOfALinearFunctionIsUnbiased() {
        // f(x) = c·x: each pair contributes (f(θ+σz) − f(θ−σz))/(2σ) · z = (c·z) z, whose expectation is c;
        // with P = 4000 pairs the standard error of component i is √(|c|² + c_i²)/√P ≤ 0.08, so 0.25 is > 3 s.e.
        double[] c = {1, -2, 0.5, 3, 0};
        OpenEsConfig cfg = new OpenEsConfig(4000, Schedule.constant(0.1), Schedule.constant(0.1), new Sgd(0), 0, FitnessShaping.RAW);
        OpenEs es = new OpenEs(cfg, NoiseTable.generate(3, 1 << 16), 5);
        StrategyState s = es.init(new double[] {0.3, 0.1, -0.2, 0, 1});
        Population p = es.ask(s);
        double[] fitness = new double[p.size()];
        double[] x = new double[5];
        for (int k = 0; k < p.size(); k++) {
            p.candidate(es.noise(), k, x);
            for (int i = 0; i < 5; i++) fitness[k] += c[i] * x[i];
            Perturbation q = p.perturbation(k);
            double[] y = new double[5];
            q.apply(es.noise(), s.mean(), s.sigma(), y);
            assertArrayEquals(x, y, 0.0);
        }
        assertArrayEquals(c, es.gradient(s, p, fitness), 0.25);
    }
}
