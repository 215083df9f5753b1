package org.propamine.envs.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.envs.EnvChecker;
import org.propamine.envs.StepResult;
import org.propamine.envs.pointmass.PointMassEnv;

class ObservationNoiseTest {

    @Test
    void zeroSigmaIsTheIdentity() {
        assertArrayEquals(Trajectories.rollout(new PointMassEnv(), 4, 30), Trajectories.rollout(new ObservationNoise(new PointMassEnv(), 0), 4, 30));
    }

    @Test
    void noiseHasTheConfiguredSigmaAndLeavesTheDynamicsAlone() {
        PointMassEnv clean = new PointMassEnv();
        ObservationNoise noisy = new ObservationNoise(new PointMassEnv(), 0.1);
        double sum = 0, sumSq = 0;
        int n = 0;
        clean.reset(9);
        StepResult r = noisy.reset(9);
        assertEquals(0.1, r.info().get(ObservationNoise.KEY));
        double[] a = {0.3, -0.2};
        for (int t = 0; t < 500; t++) {
            StepResult cs = clean.step(a);
            double[] c = cs.observation();
            r = noisy.step(a);
            assertEquals(cs.reward(), r.reward(), "the dynamics and reward are untouched");
            for (int i = 0; i < c.length; i++) {
                double d = r.observation()[i] - c[i];
                sum += d;
                sumSq += d * d;
                n++;
            }
        }
        double mean = sum / n, std = Math.sqrt(sumSq / n - mean * mean);
        // 3000 samples of N(0, 0.1²): std error of the sample std ≈ 0.1/√6000 ≈ 0.0013
        assertEquals(0.1, std, 0.006);
        assertEquals(0, mean, 0.006);
    }

    @Test
    void seededFromTheResetSeed() {
        EnvChecker.check(new ObservationNoise(new PointMassEnv(), 0.05));
        double[] a = Trajectories.rollout(new ObservationNoise(new PointMassEnv(), 0.05), 1, 10);
        double[] b = Trajectories.rollout(new ObservationNoise(new PointMassEnv(), 0.05), 2, 10);
        assertTrue(!java.util.Arrays.equals(a, b));
    }
}
