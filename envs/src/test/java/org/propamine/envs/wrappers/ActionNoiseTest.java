package org.propamine.envs.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.propamine.envs.EnvChecker;
import org.propamine.envs.pointmass.PointMassEnv;

class ActionNoiseTest {

    @Test
    void zeroSigmaIsTheIdentity() {
        assertArrayEquals(Trajectories.rollout(new PointMassEnv(), 4, 30), Trajectories.rollout(new ActionNoise(new PointMassEnv(), 0), 4, 30));
    }

    @Test
    void noiseChangesTheTrajectoryDeterministically() {
        double[] clean = Trajectories.rollout(new PointMassEnv(), 4, 30);
        double[] a = Trajectories.rollout(new ActionNoise(new PointMassEnv(), 0.3), 4, 30);
        double[] b = Trajectories.rollout(new ActionNoise(new PointMassEnv(), 0.3), 4, 30);
        assertFalse(Arrays.equals(clean, a));
        assertArrayEquals(a, b);
        EnvChecker.check(new ActionNoise(new PointMassEnv(), 0.3));
    }

    @Test
    void velocityResponseMatchesTheNoiseSigma() {
        // point mass from rest with a = 0 + σ·N: first step v = dt·a, so v/dt recovers the noise (σ = 0.2, below the clip)
        ActionNoise env = new ActionNoise(new PointMassEnv(), 0.2);
        double sumSq = 0;
        int n = 0;
        for (long seed = 0; seed < 400; seed++) {
            assertEquals(0.2, env.reset(seed).info().get(ActionNoise.KEY));
            double[] o = env.step(new double[2]).observation();
            sumSq += (o[2] / 0.05) * (o[2] / 0.05) + (o[3] / 0.05) * (o[3] / 0.05);
            n += 2;
        }
        assertEquals(0.2, Math.sqrt(sumSq / n), 0.015);
    }
}
