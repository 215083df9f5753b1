package org.propamine.envs.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.envs.Env;
import org.propamine.envs.StepResult;
import org.propamine.envs.Wrappers;
import org.propamine.envs.locomotion.LocomotionEnv;

class RandomPushTest {

    @Test
    void pushesEveryKStepsAndOnlyThen() {
        try (Env plain = Trajectories.ant(); Env pushed = new RandomPush(Trajectories.ant(), 0.5, 10)) {
            LocomotionEnv a = Wrappers.require(plain, LocomotionEnv.class), b = Wrappers.require(pushed, LocomotionEnv.class);
            plain.reset(4);
            assertEquals(0, pushed.reset(4).info().get(RandomPush.KEY));
            double[] zero = new double[8];
            for (int t = 1; t <= 10; t++) {
                plain.step(zero);
                StepResult r = pushed.step(zero);
                if (t < 10) {
                    assertEquals(0, r.info().get(RandomPush.KEY));
                    assertEquals(a.world().stateHash(), b.world().stateHash(), "no push before step 10 (step " + t + ")");
                } else {
                    assertEquals(0.5, r.info().get(RandomPush.KEY));
                    double dvx = b.state().baseLinearVelocity[0] - a.state().baseLinearVelocity[0];
                    double dvy = b.state().baseLinearVelocity[1] - a.state().baseLinearVelocity[1];
                    double dvz = b.state().baseLinearVelocity[2] - a.state().baseLinearVelocity[2];
                    // 0.5 N·s on a 0.91 kg robot: ≈ 0.55 m/s of centre-of-mass speed, mostly horizontal
                    assertTrue(Math.hypot(dvx, dvy) > 0.2, "horizontal speed change " + Math.hypot(dvx, dvy));
                    assertTrue(Math.abs(dvz) < Math.hypot(dvx, dvy), "push is horizontal");
                }
            }
        }
    }

    @Test
    void directionIsSeededByTheReset() {
        try (Env env = new RandomPush(Trajectories.ant(), 0.5, 1)) {
            LocomotionEnv base = Wrappers.require(env, LocomotionEnv.class);
            env.reset(1);
            env.step(new double[8]);
            long first = base.world().stateHash();
            env.reset(1);
            env.step(new double[8]);
            assertEquals(first, base.world().stateHash());
            env.reset(2);
            env.step(new double[8]);
            assertNotEquals(first, base.world().stateHash());
        }
    }

    @Test
    void zeroImpulseChangesNothing() {
        try (Env plain = Trajectories.ant(); Env wrapped = new RandomPush(Trajectories.ant(), 0, 5)) {
            assertArrayEquals(Trajectories.rollout(plain, 3, 30), Trajectories.rollout(wrapped, 3, 30));
        }
    }
}
