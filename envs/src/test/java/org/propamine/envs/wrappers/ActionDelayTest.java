package org.propamine.envs.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.envs.EnvChecker;
import org.propamine.envs.pointmass.PointMassEnv;

class ActionDelayTest {

    @Test
    void innerEnvSeesTheActionOfKStepsAgoAndZerosFirst() {
        int k = 3, steps = 20;
        double[][] actions = new double[steps][2];
        SplittableRandom rng = new SplittableRandom(1);
        for (double[] a : actions) new PointMassEnv().actionSpace().sample(rng, a);
        ActionDelay delayed = new ActionDelay(new PointMassEnv(), k);
        PointMassEnv reference = new PointMassEnv();
        for (int episode = 0; episode < 2; episode++) {
            assertEquals(k, delayed.reset(5).info().get(ActionDelay.KEY));
            reference.reset(5);
            for (int t = 0; t < steps; t++) {
                double[] o = delayed.step(actions[t]).observation().clone();
                double[] expected = reference.step(t < k ? new double[2] : actions[t - k]).observation();
                assertArrayEquals(expected, o, "episode " + episode + " step " + t);
            }
        }
    }

    @Test
    void zeroStepsIsTheIdentity() {
        assertArrayEquals(Trajectories.rollout(new PointMassEnv(), 2, 30), Trajectories.rollout(new ActionDelay(new PointMassEnv(), 0), 2, 30));
        EnvChecker.check(new ActionDelay(new PointMassEnv(), 2));
    }
}
