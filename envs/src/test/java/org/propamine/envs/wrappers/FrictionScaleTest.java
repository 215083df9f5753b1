package org.propamine.envs.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.envs.Env;
import org.propamine.envs.Wrappers;
import org.propamine.envs.locomotion.LocomotionEnv;

class FrictionScaleTest {

    /** x distance the standing ant slides in 0.5 s after a 1 N·s push along +x. */
    static double slide(Env env) {
        LocomotionEnv base = Wrappers.require(env, LocomotionEnv.class);
        env.reset(3);
        double[] zero = new double[8];
        for (int t = 0; t < 40; t++) env.step(zero); // settle on the ground
        double x = base.state().basePosition[0];
        base.world().applyRootImpulse(1.0, 0, 0);
        for (int t = 0; t < 10; t++) env.step(zero);
        return base.state().basePosition[0] - x;
    }

    @Test
    void lowFrictionSlidesFurtherThanHighFriction() {
        double slippery, grippy;
        try (Env env = new FrictionScale(Trajectories.ant(), 0.1)) {
            slippery = slide(env);
            assertEquals(0.1, env.reset(1).info().get(FrictionScale.KEY));
        }
        try (Env env = new FrictionScale(Trajectories.ant(), 2.0)) {
            grippy = slide(env);
        }
        assertTrue(slippery > 1.5 * grippy && slippery > 0, "slide with friction x0.1: " + slippery + " m, x2: " + grippy + " m");
    }

    @Test
    void scaleOneChangesNothing() {
        try (Env plain = Trajectories.ant(); Env wrapped = new FrictionScale(Trajectories.ant(), 1.0)) {
            assertArrayEquals(Trajectories.rollout(plain, 3, 60), Trajectories.rollout(wrapped, 3, 60));
        }
    }
}
