package org.propamine.envs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.propamine.envs.pointmass.PointMassEnv;
import org.propamine.sim.PhysicsConfig;

/** Validation of the registry's records. */
class EnvSpecTest {

    @Test
    void idsMustBeVersioned() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EnvSpec("Ant", 10, o -> new PointMassEnv(), ""));
        assertEquals("env id 'Ant', expected Name-vN", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EnvSpec("Ant-v2", -1, o -> new PointMassEnv(), ""));
    }

    @Test
    void optionsDefaultToTheSpecRobotAndDefaultPhysics() {
        EnvOptions o = EnvOptions.defaults();
        assertEquals("ant", o.robotOr("ant"));
        assertEquals(PhysicsConfig.defaults(), o.physicsOrDefault());
        assertEquals("hexapod", o.withRobot("hexapod").robotOr("ant"));
        assertEquals(PhysicsConfig.anchor(), o.withPhysics(PhysicsConfig.anchor()).physicsOrDefault());
        assertThrows(IllegalArgumentException.class, () -> o.withRobot(" "));
    }

    @Test
    void physicsOptionReachesTheWorld() {
        try (Env env = Envs.make("Ant-v1", EnvOptions.defaults().withPhysics(PhysicsConfig.anchor()))) {
            var world = Wrappers.require(env, org.propamine.envs.locomotion.LocomotionEnv.class).world();
            assertEquals(1.0 / 240, world.config().dt(), 1e-15);
        }
    }
}
