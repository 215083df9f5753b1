package org.propamine.envs.gait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.envs.Env;
import org.propamine.envs.EnvOptions;
import org.propamine.envs.Envs;
import org.propamine.envs.StepResult;
import org.propamine.envs.Wrappers;
import org.propamine.envs.locomotion.LocomotionEnv;
import org.propamine.envs.wrappers.LegDamage;
import org.propamine.envs.wrappers.LegDamageMode;
import org.propamine.sim.RobotFiles;

/** The scripted gait walks the ant forward (real physics) and a damaged ant walks measurably less. */
class ScriptedGaitTest {

    /** Distance (m) after {@code steps} env steps of the default gait; fails on termination. */
    static double walk(Env env, long seed, int steps) {
        LocomotionEnv base = Wrappers.require(env, LocomotionEnv.class);
        ScriptedGait gait = ScriptedGait.of(base.world().description());
        double[] a = new double[env.actionSpace().size()];
        StepResult r = env.reset(seed);
        for (int t = 0; t < steps; t++) {
            gait.act(t * env.dt(), a);
            r = env.step(a);
            assertFalse(r.terminated(), "the ant fell at step " + t);
        }
        assertFalse(r.truncated(), "raw env must not truncate");
        return r.info().get("distance");
    }

    @Test
    void antWalksAtLeastOneMetreForwardIn1000StepsAndLessWithALegDisabled() {
        double healthy, damaged;
        try (Env env = Envs.makeRaw("Ant-v1", EnvOptions.defaults())) {
            healthy = walk(env, 1, 1000);
        }
        try (Env env = new LegDamage(Envs.makeRaw("Ant-v1", EnvOptions.defaults()), LegDamageMode.DISABLE, 0, 0)) {
            damaged = walk(env, 1, 1000);
        }
        // measured at the default physics (1/120 s): 11.2 m healthy, -0.8 m with leg 0 disabled (seed 1)
        assertTrue(healthy >= 1.0, "healthy ant walked " + healthy + " m, expected >= 1 m");
        assertTrue(damaged < 0.8 * healthy, "damaged ant walked " + damaged + " m vs healthy " + healthy + " m, expected < 80%");
    }

    @Test
    void hexapodWalksForwardWithTheTripodGait() {
        try (Env env = Envs.makeRaw("Hexapod-v1", EnvOptions.defaults())) {
            double d = walk(env, 1, 1000);
            assertTrue(d >= 1.0, "hexapod walked " + d + " m, expected >= 1 m (measured 3.4 m)");
        }
    }

    @Test
    void signsComeFromTheRobotGeometry() {
        // ant.xml actuator order: hip_4, ankle_4, hip_1, ankle_1, hip_2, ankle_2, hip_3, ankle_3.
        // At t = 0: sin(φ) = 0 so hips are 0; cos(φ) = ±1 so ankles are ±1 with leg 0 (hip_1) phase 0, leg 1 phase π.
        // ankle_1 axis (-1,1,0)/√2, shin towards (+1,+1,0): axis × r has z = (-1·1 − 1·1)/√2 < 0, so lifting the
        // foot (+z) needs a negative rotation: s_up = −1, ankle_1 ctrl = −1·cos(0) = −1.
        ScriptedGait gait = ScriptedGait.of(RobotFiles.load("ant"));
        double[] a = new double[8];
        gait.act(0, a);
        assertEquals(0, a[2], 1e-12);
        assertEquals(-1, a[3], 1e-12);
        // quarter period later (t = 0.5 s at 0.5 Hz): φ = π/2, hip_1 = s_fwd·1; hip_1 axis +z, leg towards (+1,+1):
        // z × (1,1,0) = (−1, 1, 0): x < 0, so s_fwd = −1.
        gait.act(0.5, a);
        assertEquals(-1, a[2], 1e-12);
    }
}
