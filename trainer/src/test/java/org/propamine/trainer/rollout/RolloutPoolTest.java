package org.propamine.trainer.rollout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.propamine.envs.Box;
import org.propamine.envs.Env;
import org.propamine.envs.StepResult;
import org.propamine.envs.pointmass.PointMassEnv;
import org.propamine.trainer.LinearPolicy;
import org.propamine.trainer.es.NoiseTable;
import org.propamine.trainer.es.Seeds;

class RolloutPoolTest {

    /** Candidate k has the parameters in row k; seeds from (1, 0, k, e). */
    private static CandidateBatch batch(double[][] params) {
        return new CandidateBatch() {
            @Override
            public int size() {
                return params.length;
            }

            @Override
            public void parameters(int k, NoiseTable noise, double[] dest) {
                System.arraycopy(params[k], 0, dest, 0, dest.length);
            }

            @Override
            public long episodeSeed(int k, int episode) {
                return Seeds.episode(1, 0, k, episode);
            }
        };
    }

    @Test
    void resultsAreBitIdenticalForAnyThreadCount() {
        SplittableRandom rng = new SplittableRandom(9);
        double[][] params = new double[13][14];
        for (double[] p : params) {
            for (int i = 0; i < p.length; i++) p[i] = rng.nextGaussian();
        }
        RolloutConfig config = new RolloutConfig(3, 60, FitnessKind.RETURN);
        ObservationStats prior = ObservationStats.empty(6).plus(10, new double[] {1, 1, 0, 0, 2, 2}, new double[] {9, 9, 1, 1, 9, 9});
        BatchResult reference = null;
        for (int threads : new int[] {1, 2, 3}) {
            try (RolloutPool pool = new RolloutPool(PointMassEnv::new, () -> new LinearPolicy(6, 2), threads)) {
                BatchResult r = pool.evaluate(batch(params), config, prior, true);
                if (reference == null) {
                    reference = r;
                    continue;
                }
                assertArrayEquals(reference.fitness(), r.fitness(), 0.0, threads + " threads");
                assertArrayEquals(reference.distances(), r.distances(), 0.0);
                assertArrayEquals(reference.observed().sum(), r.observed().sum(), 0.0);
                assertArrayEquals(reference.observed().sumSq(), r.observed().sumSq(), 0.0);
                assertEquals(reference.envSteps(), r.envSteps());
            }
        }
        // 13 candidates × 3 episodes × 60 steps; each episode shows 61 observations (reset + 60 steps)
        assertEquals(13 * 3 * 60, reference.envSteps());
        assertEquals(13 * 3 * 61, reference.observed().count());
    }

    @Test
    void divergedEpisodesGetTheWorstFitnessAndAreCounted() {
        // action = tanh(w·1 + b); return over 10 steps = 10·tanh(w); tanh(3) > 0.9 blows up the env
        double[][] params = {{0.1, 0}, {0.2, 0}, {3.0, 0}, {-0.3, 0}};
        RolloutConfig config = new RolloutConfig(2, 10, FitnessKind.RETURN);
        try (RolloutPool pool = new RolloutPool(ScriptedEnv::new, () -> new LinearPolicy(1, 1), 2)) {
            BatchResult r = pool.evaluate(batch(params), config, null, false);
            assertEquals(10 * Math.tanh(0.1), r.fitness()[0], 1e-12);
            assertEquals(10 * Math.tanh(0.2), r.fitness()[1], 1e-12);
            assertEquals(10 * Math.tanh(-0.3), r.fitness()[3], 1e-12);
            assertEquals(r.fitness()[3], r.fitness()[2], 0.0, "diverged candidate gets the batch's worst");
            assertTrue(r.diverged()[2]);
            assertFalse(r.diverged()[0]);
            assertTrue(Double.isNaN(r.returns()[2]));
            assertEquals(2, r.divergedEpisodes());
            assertEquals(3 * 2 * 10 + 2, r.envSteps()); // the diverged episodes end after their first step
        }
    }

    @Test
    void policySeesNormalisedObservations() {
        // ScriptedEnv always observes 1; stats with μ = 2, σ = 1 turn it into −1, so a = tanh(−w) and the
        // 10-step return is −10·tanh(0.5) for w = 0.5
        ObservationStats stats = ObservationStats.empty(1).plus(2, new double[] {4}, new double[] {10});
        double[][] params = {{0.5, 0}};
        try (RolloutPool pool = new RolloutPool(ScriptedEnv::new, () -> new LinearPolicy(1, 1), 1)) {
            BatchResult r = pool.evaluate(batch(params), new RolloutConfig(1, 10, FitnessKind.RETURN), stats, true);
            assertEquals(-10 * Math.tanh(0.5), r.fitness()[0], 1e-12);
            assertEquals(11, r.observed().count()); // raw observations are collected: sum 11·1
            assertEquals(11, r.observed().sum()[0], 0.0);
        }
    }

    @Test
    void distanceFitnessIsTheFinalDistance() {
        double[][] params = {{0.5, 0}};
        try (RolloutPool pool = new RolloutPool(ScriptedEnv::new, () -> new LinearPolicy(1, 1), 1)) {
            BatchResult r = pool.evaluate(batch(params), new RolloutConfig(1, 7, FitnessKind.DISTANCE), null, false);
            assertEquals(7 * Math.tanh(0.5), r.fitness()[0], 1e-12);
        }
    }

    @Test
    void factoriesAreCalledOncePerWorkerAndMissingDistanceIsAClearError() {
        AtomicInteger envs = new AtomicInteger();
        double[][] params = new double[20][2];
        try (RolloutPool pool = new RolloutPool(() -> {
            envs.incrementAndGet();
            return new ScriptedEnv();
        }, () -> new LinearPolicy(1, 1), 2)) {
            pool.evaluate(batch(params), new RolloutConfig(1, 5, FitnessKind.RETURN), null, false);
            pool.evaluate(batch(params), new RolloutConfig(1, 5, FitnessKind.RETURN), null, false);
        }
        assertTrue(envs.get() <= 2, "envs created: " + envs.get());
        try (RolloutPool pool = new RolloutPool(NoDistanceEnv::new, () -> new LinearPolicy(1, 1), 1)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> pool.evaluate(batch(params), new RolloutConfig(1, 5, FitnessKind.DISTANCE), null, false));
            assertTrue(e.getMessage().contains("info[\"distance\"]"), e.getMessage());
        }
    }

    /** An env without {@code info["distance"]}. */
    private static final class NoDistanceEnv implements Env {
        private final StepResult result = new StepResult(1);

        @Override
        public Box observationSpace() {
            return Box.uniform(-1, 1, 1);
        }

        @Override
        public Box actionSpace() {
            return Box.uniform(-1, 1, 1);
        }

        @Override
        public StepResult reset(long seed) {
            result.info().clear();
            return result;
        }

        @Override
        public StepResult step(double[] action) {
            return result;
        }

        @Override
        public double dt() {
            return 0.05;
        }
    }

    @Test
    void normalisationStatisticsByHand() {
        // observations 1, 3 → mean 2, var (1 + 9)/2 − 4 = 1
        ObservationStats s = ObservationStats.empty(1).plus(2, new double[] {4}, new double[] {10});
        double[] mean = new double[1];
        double[] invStd = new double[1];
        s.normalizer(mean, invStd);
        assertEquals(2, mean[0], 0.0);
        assertEquals(1, invStd[0], 0.0);
        ObservationStats.empty(1).normalizer(mean, invStd);
        assertEquals(0, mean[0]);
        assertEquals(1, invStd[0]);
    }
}
