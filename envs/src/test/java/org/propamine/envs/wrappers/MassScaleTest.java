package org.propamine.envs.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.propamine.envs.Env;
import org.propamine.envs.Wrappers;
import org.propamine.envs.locomotion.LocomotionEnv;

class MassScaleTest {

    /** Change of the torso x velocity from an impulse of 0.2 N·s along +x given in free fall (one step). */
    static double pushResponse(Env env, double impulse) {
        LocomotionEnv base = Wrappers.require(env, LocomotionEnv.class);
        env.reset(7);
        if (impulse != 0) base.world().applyRootImpulse(impulse, 0, 0);
        env.step(new double[8]);
        return base.state().baseLinearVelocity[0];
    }

    @Test
    void heavierRobotGainsLessSpeedFromTheSameImpulse() {
        double nominal, heavy;
        try (Env env = Trajectories.ant()) {
            nominal = pushResponse(env, 0.2) - pushResponse(env, 0);
        }
        try (Env env = new MassScale(Trajectories.ant(), 1.5)) {
            heavy = pushResponse(env, 0.2) - pushResponse(env, 0);
            assertEquals(1.5, env.reset(1).info().get(MassScale.KEY));
        }
        // all masses and inertias ×1.5: the impulse response scales by 1/1.5 (the rotor motors' damping is not
        // scaled, hence a tolerance)
        assertEquals(1 / 1.5, heavy / nominal, 0.08);
    }

    @Test
    void scaleOneChangesNothing() {
        try (Env plain = Trajectories.ant(); Env wrapped = new MassScale(Trajectories.ant(), 1.0)) {
            assertArrayEquals(Trajectories.rollout(plain, 3, 30), Trajectories.rollout(wrapped, 3, 30));
        }
    }
}
