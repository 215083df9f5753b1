package org.propamine.envs.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.propamine.envs.Env;
import org.propamine.envs.EnvChecker;
import org.propamine.envs.Wrappers;
import org.propamine.envs.locomotion.LocomotionEnv;

class GravityScaleTest {

    /** Torso vertical speed after one 0.05 s step with zero ctrl (the ant is still falling onto its legs). */
    static double fallSpeed(Env env) {
        env.reset(7);
        env.step(new double[8]);
        return Wrappers.require(env, LocomotionEnv.class).state().baseLinearVelocity[2];
    }

    @Test
    void gravityTimes1Point2RaisesTheFallSpeedBy0Point2gt() {
        double nominal, heavier;
        try (Env env = Trajectories.ant()) {
            nominal = fallSpeed(env);
        }
        try (Env env = new GravityScale(Trajectories.ant(), 1.2)) {
            heavier = fallSpeed(env);
            assertEquals(1.2, env.reset(1).info().get(GravityScale.KEY));
        }
        // free fall (feet 0.67 m above ground, 0.05 s): uniform gravity does not change internal forces, so
        // Δv_z = −0.2 · 9.81 m/s² · 0.05 s = −0.0981 m/s (float32 physics: 1e-3 tolerance)
        assertEquals(-0.0981, heavier - nominal, 1e-3);
    }

    @Test
    void scaleOneChangesNothing() {
        try (Env plain = Trajectories.ant(); Env wrapped = new GravityScale(Trajectories.ant(), 1.0)) {
            assertArrayEquals(Trajectories.rollout(plain, 3, 30), Trajectories.rollout(wrapped, 3, 30));
        }
    }

    @Test
    void passesTheChecker() {
        try (Env env = new GravityScale(Trajectories.ant(), 0.8)) {
            EnvChecker.check(env, 20, true);
        }
    }
}
