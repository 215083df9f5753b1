package org.propamine.envs.temporal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.propamine.envs.StepResult;

/** Env-checker style checks shared by the temporal-task tests: determinism, space membership, episode length. */
final class TemporalDeterminism {
    private TemporalDeterminism() {}

    /** One episode's observations, rewards, targets and final info, under seeded random actions. */
    record Trace(List<double[]> observations, List<Double> rewards, List<double[]> targets, String finalInfo) {}

    static Trace run(TemporalTask env, long seed, long actionSeed) {
        SplittableRandom actions = new SplittableRandom(actionSeed);
        List<double[]> obs = new ArrayList<>();
        List<Double> rewards = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        StepResult r = env.reset(seed);
        double[] a = new double[env.actionSpace().size()];
        for (int t = 0; t < env.episodeLength(); t++) {
            assertTrue(env.observationSpace().contains(r.observation()), "observation outside the space at step " + t);
            obs.add(r.observation().clone());
            targets.add(env.target().clone());
            env.actionSpace().sample(actions, a);
            r = env.step(a);
            rewards.add(r.reward());
            assertEquals(t == env.episodeLength() - 1, r.truncated(), "truncated flag at step " + t);
            assertTrue(!r.terminated());
        }
        return new Trace(obs, rewards, targets, r.info().toString());
    }

    static void assertSame(Trace a, Trace b) {
        assertEquals(a.observations().size(), b.observations().size());
        for (int t = 0; t < a.observations().size(); t++) {
            assertArrayEquals(a.observations().get(t), b.observations().get(t), 0.0, "observation at step " + t);
            assertArrayEquals(a.targets().get(t), b.targets().get(t), 0.0, "target at step " + t);
        }
        assertEquals(a.rewards(), b.rewards());
        assertEquals(a.finalInfo(), b.finalInfo());
    }

    static boolean differ(Trace a, Trace b) {
        for (int t = 0; t < a.observations().size(); t++) {
            if (!java.util.Arrays.equals(a.observations().get(t), b.observations().get(t))) return true;
        }
        return false;
    }
}
