package org.propamine.sim.robot;

/** Joint kinds the simulator supports between two links. */
public enum JointType {
    /** One rotational degree of freedom about {@link Joint#axis()}. */
    HINGE,
    /** No degree of freedom: the child is welded to the parent (merged into one rigid body). */
    FIXED
}
