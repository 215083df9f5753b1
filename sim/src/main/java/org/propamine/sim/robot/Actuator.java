package org.propamine.sim.robot;

/**
 * A motor on a hinge joint: torque command gear·ctrl (N·m), ctrl clipped to [ctrlMin, ctrlMax].
 *
 * @param name    unique name
 * @param joint   index into {@link RobotDescription#joints()} of a HINGE joint
 * @param gear    N·m per unit ctrl, > 0 (also the stall-torque cap of the rotor model)
 * @param ctrlMin lower ctrl bound (−∞ when not limited)
 * @param ctrlMax upper ctrl bound (+∞ when not limited)
 */
public record Actuator(String name, int joint, double gear, double ctrlMin, double ctrlMax) {

    public Actuator {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("actuator needs a name");
        if (joint < 0) throw new IllegalArgumentException("actuator '" + name + "' has no joint");
        if (!(gear > 0) || !Double.isFinite(gear)) throw new IllegalArgumentException("actuator '" + name + "' gear = " + gear + ", expected > 0");
        if (Double.isNaN(ctrlMin) || Double.isNaN(ctrlMax) || ctrlMin >= ctrlMax) {
            throw new IllegalArgumentException("actuator '" + name + "' ctrl range [" + ctrlMin + ", " + ctrlMax + "], expected min < max");
        }
    }
}
