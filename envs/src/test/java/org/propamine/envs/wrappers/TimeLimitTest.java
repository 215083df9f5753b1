package org.propamine.envs.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.envs.EnvChecker;
import org.propamine.envs.StepResult;
import org.propamine.envs.pointmass.PointMassEnv;

class TimeLimitTest {

    @Test
    void truncatesExactlyAtTheLimitAndRestartsOnReset() {
        TimeLimit env = new TimeLimit(new PointMassEnv(), 5);
        double[] a = {0.1, 0.1};
        for (int episode = 0; episode < 2; episode++) {
            assertEquals(0, env.reset(episode).info().get(TimeLimit.ELAPSED));
            for (int t = 1; t <= 5; t++) {
                StepResult r = env.step(a);
                assertEquals(t == 5, r.truncated(), "step " + t);
                assertFalse(r.terminated());
                assertEquals(t, r.info().get(TimeLimit.ELAPSED));
            }
        }
        EnvChecker.check(new TimeLimit(new PointMassEnv(), 7));
    }

    @Test
    void changesNothingElse() {
        double[] plain = Trajectories.rollout(new PointMassEnv(), 3, 20);
        double[] limited = Trajectories.rollout(new TimeLimit(new PointMassEnv(), 100), 3, 20);
        assertTrue(java.util.Arrays.equals(plain, limited));
    }

    @Test
    void refusesANonPositiveLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TimeLimit(new PointMassEnv(), 0));
        assertEquals("TimeLimit.max_steps = 0, expected >= 1", e.getMessage());
    }
}
