package org.propamine.sim;

/**
 * A snapshot of the robot, written by {@link SimWorld#readState} into preallocated arrays (owned by this
 * object; read, don't keep references). Frames: world frame, z up, metres, seconds, radians.
 */
public final class RobotState {
    /** Root (torso) centre of mass position (x, y, z) in m. */
    public final double[] basePosition = new double[3];
    /** Root orientation quaternion (x, y, z, w), world from body. */
    public final double[] baseOrientation = new double[4];
    /** Root linear velocity in m/s, world frame. */
    public final double[] baseLinearVelocity = new double[3];
    /** Root angular velocity in rad/s, world frame. */
    public final double[] baseAngularVelocity = new double[3];
    /** Joint angles in rad (same sign convention as the robot file). */
    public final double[] jointPositions;
    /** Joint speeds in rad/s. */
    public final double[] jointVelocities;
    /** 1 when the foot (leaf link) touches the ground, else 0. */
    public final double[] footContacts;
    /** Simulated time since reset in s. */
    public double time;

    public RobotState(int joints, int feet) {
        jointPositions = new double[joints];
        jointVelocities = new double[joints];
        footContacts = new double[feet];
    }

    /** Copies every field of {@code other} (same sizes) into this state. */
    public void copyFrom(RobotState other) {
        System.arraycopy(other.basePosition, 0, basePosition, 0, 3);
        System.arraycopy(other.baseOrientation, 0, baseOrientation, 0, 4);
        System.arraycopy(other.baseLinearVelocity, 0, baseLinearVelocity, 0, 3);
        System.arraycopy(other.baseAngularVelocity, 0, baseAngularVelocity, 0, 3);
        System.arraycopy(other.jointPositions, 0, jointPositions, 0, jointPositions.length);
        System.arraycopy(other.jointVelocities, 0, jointVelocities, 0, jointVelocities.length);
        System.arraycopy(other.footContacts, 0, footContacts, 0, footContacts.length);
        time = other.time;
    }

    /** z component of the body's up axis in the world (1 = upright, −1 = upside down). */
    public double upZ() {
        double x = baseOrientation[0], y = baseOrientation[1];
        return 1 - 2 * (x * x + y * y);
    }
}
