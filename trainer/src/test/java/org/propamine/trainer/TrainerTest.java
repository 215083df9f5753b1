package org.propamine.trainer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private static List<GenerationMetrics> run(TrainerConfig config, Trainer[] out) {
        List<GenerationMetrics> metrics = new ArrayList<>();
        try (Trainer t = new Trainer(config, PointMassSetup.ENVS, PointMassSetup.POLICIES)) {
            t.run(List.of((m, s) -> metrics.add(m)));
            if (out != null) out[0] = t;
        }
        return metrics;
    }

    @Test
    void linearPolicyLearnsToReachTheGoal() {
        Trainer[] trainer = new Trainer[1];
        List<GenerationMetrics> m = run(PointMassSetup.config(40), trainer);
        assertEquals(40, m.size());
        assertEquals(0.0, new Trainer(PointMassSetup.config(1), PointMassSetup.ENVS, PointMassSetup.POLICIES)
                .evaluate(new double[14], null).distances()[0], 0.0, "zero policy stays put");
        GenerationMetrics last = m.get(m.size() - 1);
        assertTrue(last.evaluated());
        assertTrue(last.evalDistance() > 0.9, "eval distance " + last.evalDistance());
    }

    @Test
    void pgpeLearnsToReachTheGoal() {
        List<GenerationMetrics> m = run(PointMassSetup.pgpeConfig(40), null);
        GenerationMetrics last = m.get(m.size() - 1);
        assertTrue(last.evalDistance() > 0.9, "eval distance " + last.evalDistance());
    }

    @Test
    void sameSeedGivesBitIdenticalMetricsWithOneAndTwoThreads() {
        for (TrainerConfig c : List.of(PointMassSetup.config(12), PointMassSetup.pgpeConfig(12).withNormalizeObservations(true))) {
            Trainer[] one = new Trainer[1];
            Trainer[] two = new Trainer[1];
            List<GenerationMetrics> a = run(c.withThreads(1), one);
            List<GenerationMetrics> b = run(c.withThreads(2), two);
            assertEquals(2, two[0].threads());
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertArrayEquals(a.get(i).deterministicValues(), b.get(i).deterministicValues(), 0.0, "generation " + (i + 1));
            }
            assertArrayEquals(one[0].state().mean(), two[0].state().mean(), 0.0);
            assertArrayEquals(one[0].state().strategy().optimizer().first(), two[0].state().strategy().optimizer().first(), 0.0);
            if (c.normalizeObservations()) {
                assertArrayEquals(one[0].state().observationStats().sumSq(), two[0].state().observationStats().sumSq(), 0.0);
                // 12 generations × 32 candidates × 2 episodes × 101 observations
                assertEquals(12L * 32 * 2 * 101, one[0].state().observationStats().count());
            }
        }
    }

    @Test
    void resumingFromAStateContinuesExactly() {
        TrainerConfig c = PointMassSetup.config(10);
        Trainer[] full = new Trainer[1];
        run(c, full);
        TrainerState half;
        try (Trainer t = new Trainer(c.withStop(StopConfig.defaults().withMaxGenerations(4)), PointMassSetup.ENVS, PointMassSetup.POLICIES)) {
            half = t.run(List.of());
        }
        assertEquals(4, half.generation());
        try (Trainer t = new Trainer(c, PointMassSetup.ENVS, PointMassSetup.POLICIES, half)) {
            TrainerState end = t.run(List.of());
            assertEquals(10, end.generation());
            assertArrayEquals(full[0].state().mean(), end.mean(), 0.0);
            assertEquals(full[0].state().envSteps(), end.envSteps());
            assertEquals(full[0].state().bestEvalFitness(), end.bestEvalFitness(), 0.0);
        }
    }

    @Test
    void stopRulesAndListenerMetrics() {
        TrainerConfig c = PointMassSetup.config(1000).withStop(new StopConfig(1000, 0.5, 0));
        List<GenerationMetrics> m = run(c, null);
        GenerationMetrics last = m.get(m.size() - 1);
        assertTrue(last.evalFitness() >= 0.5, "stopped on target");
        assertTrue(m.size() < 1000 && m.size() % 5 == 0, "stops at an evaluation: " + m.size());
        assertEquals(32L * 2 * 100 * m.size(), last.envSteps()); // 32 candidates × 2 episodes × 100 steps
        assertEquals(6400, last.generationEnvSteps());
        assertTrue(last.bestFitness() >= last.meanFitness() && last.meanFitness() >= last.minFitness());
        assertTrue(last.rolloutSeconds() > 0 && last.strategySeconds() > 0 && last.wallSeconds() > 0);
        List<GenerationMetrics> stopped = new ArrayList<>();
        try (Trainer t = new Trainer(PointMassSetup.config(1000), PointMassSetup.ENVS, PointMassSetup.POLICIES)) {
            t.run(List.of((g, s) -> stopped.add(g)), g -> g.generation() == 3);
        }
        assertEquals(3, stopped.size());
    }

    @Test
    void theLastGenerationIsAlwaysEvaluatedAndListenersHearTheFinish() {
        List<Long> evaluated = new ArrayList<>();
        long[] finished = {-1};
        try (Trainer t = new Trainer(PointMassSetup.config(7), PointMassSetup.ENVS, PointMassSetup.POLICIES)) {
            t.run(List.of(new TrainerListener() {
                @Override
                public void onGeneration(GenerationMetrics m, TrainerState s) {
                    if (m.evaluated()) evaluated.add(m.generation());
                }

                @Override
                public void onFinish(TrainerState s) {
                    finished[0] = s.generation();
                }
            }));
        }
        assertEquals(List.of(5L, 7L), evaluated); // every 5, plus the last of maxGenerations = 7
        assertEquals(7, finished[0]);
    }
}
