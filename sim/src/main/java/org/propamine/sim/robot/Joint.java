package org.propamine.sim.robot;

/**
 * A joint from {@code parent} link to {@code child} link. Angle q = 0 in the file's initial pose; positive q
 * turns the child about {@code axis} by the right-hand rule relative to the parent.
 *
 * @param name     unique name
 * @param type     hinge or fixed
 * @param parent   index of the parent link
 * @param child    index of the child link
 * @param origin   pose of the child link frame in the parent link frame at q = 0
 * @param anchor   hinge point in the child link frame (m)
 * @param axis     unit hinge axis in the child link frame (ignored for FIXED)
 * @param lower    lower limit in rad (−∞ = unlimited); ≤ upper
 * @param upper    upper limit in rad (+∞ = unlimited)
 * @param damping  viscous damping in N·m·s/rad, ≥ 0 (τ = −damping·q̇)
 * @param armature rotor inertia in kg·m², > 0 for a hinge (the rotor actuator's inertia J)
 */
public record Joint(String name, JointType type, int parent, int child, Pose origin, Vec3 anchor, Vec3 axis,
                    double lower, double upper, double damping, double armature) {

    public Joint {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("joint needs a name");
        if (type == null || origin == null || anchor == null || axis == null) throw new IllegalArgumentException("joint '" + name + "' is incomplete");
        if (parent < 0 || child < 0 || parent == child) throw new IllegalArgumentException("joint '" + name + "' links " + parent + " -> " + child + ", expected two different links");
        if (type == JointType.HINGE) axis = axis.normalized();
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("joint '" + name + "' range [" + lower + ", " + upper + "], expected lower <= upper");
        }
        if (!(damping >= 0) || !Double.isFinite(damping)) throw new IllegalArgumentException("joint '" + name + "' damping = " + damping + ", expected >= 0");
        if (type == JointType.HINGE && (!(armature > 0) || !Double.isFinite(armature))) {
            throw new IllegalArgumentException("joint '" + name + "' armature = " + armature + ", expected > 0 kg m^2 (the rotor actuator needs it)");
        }
    }

    public boolean limited() { return Double.isFinite(lower) || Double.isFinite(upper); }
}
