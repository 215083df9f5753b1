package org.propamine.envs;

import org.propamine.sim.PhysicsConfig;

/**
 * Construction options passed to an {@link EnvSpec}'s factory (Gymnasium's {@code make} kwargs, as a record).
 *
 * @param robot   robot name or file for the locomotion envs: a shipped name ({@code ant}, {@code hexapod}, ...)
 *                or a path to a user's MJCF ({@code .xml}) / URDF ({@code .urdf}); null = the spec's default
 * @param physics physics settings of the world; null = {@link PhysicsConfig#defaults()}
 */
public record EnvOptions(String robot, PhysicsConfig physics) {

    public EnvOptions {
        if (robot != null && robot.isBlank()) throw new IllegalArgumentException("env.robot is blank, expected a robot name or file");
    }

    /** No overrides: the spec's robot and the default physics. */
    public static EnvOptions defaults() {
        return new EnvOptions(null, null);
    }

    public EnvOptions withRobot(String robotNameOrFile) {
        return new EnvOptions(robotNameOrFile, physics);
    }

    public EnvOptions withPhysics(PhysicsConfig config) {
        return new EnvOptions(robot, config);
    }

    /** {@link #robot()} or {@code fallback} when unset. */
    public String robotOr(String fallback) {
        return robot == null ? fallback : robot;
    }

    /** {@link #physics()} or the defaults when unset. */
    public PhysicsConfig physicsOrDefault() {
        return physics == null ? PhysicsConfig.defaults() : physics;
    }
}
