package org.propamine.envs.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.envs.Env;
import org.propamine.envs.Wrappers;
import org.propamine.envs.locomotion.LocomotionEnv;

class MotorStrengthTest {
    // ant actuators: hip_4, ankle_4, hip_1, ankle_1, hip_2, ankle_2, hip_3, ankle_3; hinges: hip_1, ankle_1, hip_2, ...

    /** Hip speeds (rad/s, hinges 0, 2, 4, 6) after one step with every hip ctrl at +1 (in the air). */
    static double[] hipSpeeds(Env env) {
        return hipSpeeds(env, 1);
    }

    /** Hip speeds with hip_1 and hip_2 at ctrl 1 and hips 3, 4 at {@code others}. */
    static double[] hipSpeeds(Env env, double others) {
        env.reset(7);
        env.step(new double[] {others, 0, 1, 0, 1, 0, others, 0});
        double[] v = Wrappers.require(env, LocomotionEnv.class).state().jointVelocities;
        return new double[] {v[0], v[2], v[4], v[6]};
    }

    @Test
    void weakerMotorsSpinTheHipsProportionallySlower() {
        double[] nominal, weak;
        try (Env env = Trajectories.ant()) {
            nominal = hipSpeeds(env);
        }
        try (Env env = new MotorStrength(Trajectories.ant(), 0.7)) {
            weak = hipSpeeds(env);
            assertEquals(0.7, env.reset(1).info().get(MotorStrength.KEY), 1e-12);
        }
        // rotor: q̈ ≈ gear·strength·ctrl/armature = 150·s rad/s² for 0.05 s → ≈ 7.5·s rad/s (damping 1 is small)
        for (int l = 0; l < 4; l++) {
            assertTrue(Math.abs(nominal[l]) > 3, "nominal hip speed " + nominal[l]);
            assertEquals(0.7, weak[l] / nominal[l], 0.05, "hip " + l);
        }
    }

    @Test
    void perActuatorFactorsWeakenOnlyTheirJoint() {
        double[] nominal, one;
        try (Env env = Trajectories.ant()) {
            nominal = hipSpeeds(env, 0);
        }
        try (Env env = new MotorStrength(Trajectories.ant(), new double[] {1, 1, 0.5, 1, 1, 1, 1, 1})) { // actuator 2 = hip_1
            one = hipSpeeds(env, 0);
        }
        // hip_1 and hip_2 driven at ctrl 1: hip_1 at half strength turns about half as fast; hip_2 keeps its speed
        // (within the small change of the torso's counter-rotation)
        assertEquals(0.5, one[0] / nominal[0], 0.1, "hip_1");
        assertEquals(1.0, one[1] / nominal[1], 0.1, "hip_2");
    }

    @Test
    void factorOneChangesNothingAndBadFactorsAreRefused() {
        try (Env plain = Trajectories.ant(); Env wrapped = new MotorStrength(Trajectories.ant(), 1.0)) {
            assertArrayEquals(Trajectories.rollout(plain, 3, 30), Trajectories.rollout(wrapped, 3, 30));
        }
        try (Env env = Trajectories.ant()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MotorStrength(env, new double[3]));
            assertEquals("MotorStrength.factors has 3 values, expected 8 (one per actuator)", e.getMessage());
        }
    }
}
