package org.propamine.sim;

/**
 * The physics facade: one robot on a ground plane, stepped in control steps. Envs see only this interface and
 * {@link RobotState}; how the physics integrates (jBullet rigid bodies, internal step, solver iterations,
 * the rotor actuator model) stays behind it.
 *
 * <p>Not thread-safe; one world per thread. Determinism: the same description, config, {@link #reset(long)}
 * seed and control sequence give bit-identical states on any thread and in any JVM launch.
 *
 * <p>Indexing: joints are the robot's actuated-or-not hinge joints in description order; actuators in the
 * file's actuator order (for the ant: Gym's hip_4, ankle_4, hip_1, ankle_1, ...); feet are the leaf links.
 */
public interface SimWorld extends AutoCloseable {

    /** The settings this world was built with. */
    PhysicsConfig config();

    /** Restores the initial pose plus seeded noise (root position U(−0.1, 0.1) m, root velocities 0.1·N(0,1)). */
    void reset(long seed);

    /**
     * Advances one control step ({@link PhysicsConfig#controlDt()} seconds, split into internal steps of
     * {@link PhysicsConfig#dt()}), holding {@code ctrl} (one value per actuator, expected inside each actuator's
     * ctrl range; not modified) constant. If the state becomes non-finite or a body exceeds
     * {@link PhysicsConfig#maxBodySpeed()}, stepping stops and {@link #diverged()} turns true until reset.
     */
    void step(double[] ctrl);

    /** Writes the current state into {@code dest} (allocates nothing). */
    void readState(RobotState dest);

    /** A fresh state buffer sized for this robot. */
    RobotState newState();

    /** Simulated seconds since the last reset. */
    double time();

    /** True when the last step produced NaN/infinite values or a runaway body speed. */
    boolean diverged();

    int jointCount();

    int actuatorCount();

    int footCount();

    /** Lower limit of joint {@code j} in radians (−∞ when unlimited). */
    double jointLower(int j);

    /** Upper limit of joint {@code j} in radians (+∞ when unlimited). */
    double jointUpper(int j);

    /** The joint driven by actuator {@code a}. */
    int actuatorJoint(int a);

    /** Name of joint {@code j} as in the robot file. */
    String jointName(int j);

    // ---- perturbation hooks (used by the env wrappers; all reset to nominal by nothing but themselves) ----

    /** Scales gravity: g = scale · 9.81 m/s² downwards (default 1). */
    void setGravityScale(double scale);

    /** Scales the friction coefficient of every robot and ground contact (default 1). */
    void setFrictionScale(double scale);

    /** Scales every robot link's mass and inertia (default 1). */
    void setMassScale(double scale);

    /** Scales the gear (torque cap) of actuator {@code a} (default 1; 0 = no torque). */
    void setMotorStrength(int a, double scale);

    /** Sets how joint {@code j} behaves: actuated as normal, disabled (limp, motor off), or locked at its current angle. */
    void setJointMode(int j, JointMode mode);

    /** Adds an instantaneous impulse (N·s, world frame) at the root body's centre of mass. */
    void applyRootImpulse(double ix, double iy, double iz);

    /**
     * Shortens link {@code link} to {@code scale} of its length, in the running world (leg damage): each of
     * its geoms keeps the end nearer the link's joint anchor and is cut along its length axis; the link keeps its
     * density, so its mass scales with its geom volume, and its centre of mass and inertia follow from the cut
     * geoms ({@code sim.robot.LinkShortening}). The link's motion carries on (same rigid motion, joint angles
     * unchanged); contacts are re-found at the next step. Called before the first step after a reset, the result
     * is bit-identical to a robot file with the shortened link. {@link #description()} shows the current
     * geometry. Scale 1 restores the link.
     *
     * @param link  link index in {@link #description()} (1..linkCount−1; the root cannot be shortened)
     * @param scale kept fraction of the length, 0 < scale ≤ 1 (default 1)
     */
    void setLinkLengthScale(int link, double scale);

    // ---- geometry for rendering ----

    /** The robot this world simulates (links, geoms, joints, actuators). */
    org.propamine.sim.robot.RobotDescription description();

    /** Number of links of {@link #description()} (welded links included). */
    int linkCount();

    /**
     * Current world pose of link {@code link}'s frame (the frame its geoms are given in): writes position
     * x, y, z (m) and rotation quaternion x, y, z, w into {@code dest7[0..6]}. Allocates nothing.
     */
    void linkPose(int link, double[] dest7);

    /** A 64-bit hash of the exact bits of every body's transform and velocity (determinism tests). */
    long stateHash();

    @Override
    void close();
}
