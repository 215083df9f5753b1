package org.propamine.sim;

/** How a hinge joint behaves under its actuator (used to model leg damage). */
public enum JointMode {
    /** The actuator drives the joint (nominal). */
    ACTUATED,
    /** The actuator is off: the joint swings freely within its limits (passive damping only). */
    DISABLED,
    /** The joint is held rigidly at the angle it had when locked. */
    LOCKED
}
