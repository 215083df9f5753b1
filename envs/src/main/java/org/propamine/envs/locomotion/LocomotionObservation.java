package org.propamine.envs.locomotion;

import org.propamine.envs.Box;
import org.propamine.sim.RobotState;

/**
 * The locomotion observation, after PyBullet's {@code AntBulletEnv} (28 values for the ant), for any robot
 * with J hinge joints and F feet: size {@code 8 + 2J + F}. Elements, in order (bounds in brackets; every
 * value is clipped into its bound and a non-finite value is written as 0):
 * <ol start="0">
 *   <li>torso height minus its height after reset, m [−5, 5]</li>
 *   <li>sin of the angle to the target (1000 m along +x) seen from the torso heading [−1, 1]</li>
 *   <li>cos of that angle [−1, 1]</li>
 *   <li>0.3·v_x in the heading (yaw) frame, m/s [−5, 5]</li>
 *   <li>0.3·v_y in the heading frame [−5, 5]</li>
 *   <li>0.3·v_z [−5, 5]</li>
 *   <li>roll, rad [−π, π]</li>
 *   <li>pitch, rad [−π/2, π/2]</li>
 *   <li>8 … 7+J: joint angle normalised by its limits, 2(q − mid)/(upper − lower) [−1, 1]
 *       (an unlimited joint gives q/π)</li>
 *   <li>8+J … 7+2J: 0.1·joint speed, rad/s [−5, 5]</li>
 *   <li>8+2J …: foot contact flags {0, 1} [0, 1]</li>
 * </ol>
 * Roll, pitch, yaw from the quaternion (x, y, z, w) in the usual z-y-x convention.
 */
public final class LocomotionObservation {
    /** Distance of the virtual target along +x (m), as in PyBullet's walker envs. */
    public static final double TARGET_X = 1000;
    private final int joints, feet;
    private final double[] mid, halfRange;
    private final Box space;

    /** @param lower, upper joint limits in rad (infinite = unlimited), one per joint */
    public LocomotionObservation(double[] lower, double[] upper, int feet) {
        this.joints = lower.length;
        this.feet = feet;
        mid = new double[joints];
        halfRange = new double[joints];
        for (int j = 0; j < joints; j++) {
            boolean limited = Double.isFinite(lower[j]) && Double.isFinite(upper[j]) && upper[j] > lower[j];
            mid[j] = limited ? 0.5 * (lower[j] + upper[j]) : 0;
            halfRange[j] = limited ? 0.5 * (upper[j] - lower[j]) : Math.PI;
        }
        int n = size(joints, feet);
        double[] lo = new double[n], hi = new double[n];
        set(lo, hi, 0, 1, 5);
        set(lo, hi, 1, 3, 1);
        set(lo, hi, 3, 6, 5);
        set(lo, hi, 6, 7, Math.PI);
        set(lo, hi, 7, 8, Math.PI / 2);
        set(lo, hi, 8, 8 + joints, 1);
        set(lo, hi, 8 + joints, 8 + 2 * joints, 5);
        for (int i = 8 + 2 * joints; i < n; i++) hi[i] = 1;
        space = Box.of(lo, hi);
    }

    private static void set(double[] lo, double[] hi, int from, int to, double bound) {
        for (int i = from; i < to; i++) {
            lo[i] = -bound;
            hi[i] = bound;
        }
    }

    /** Observation size 8 + 2·joints + feet. */
    public static int size(int joints, int feet) {
        return 8 + 2 * joints + feet;
    }

    public Box space() {
        return space;
    }

    /** Writes the observation of {@code s} into {@code dest}; {@code z0} = torso height after reset (m). */
    public void write(RobotState s, double z0, double[] dest) {
        double[] q = s.baseOrientation;
        double x = q[0], y = q[1], z = q[2], w = q[3];
        double roll = Math.atan2(2 * (w * x + y * z), 1 - 2 * (x * x + y * y));
        double pitch = Math.asin(Math.max(-1, Math.min(1, 2 * (w * y - z * x))));
        double yaw = Math.atan2(2 * (w * z + x * y), 1 - 2 * (y * y + z * z));
        double[] p = s.basePosition, v = s.baseLinearVelocity;
        double angleToTarget = Math.atan2(-p[1], TARGET_X - p[0]) - yaw;
        double cy = Math.cos(yaw), sy = Math.sin(yaw);
        dest[0] = p[2] - z0;
        dest[1] = Math.sin(angleToTarget);
        dest[2] = Math.cos(angleToTarget);
        dest[3] = 0.3 * (cy * v[0] + sy * v[1]);
        dest[4] = 0.3 * (-sy * v[0] + cy * v[1]);
        dest[5] = 0.3 * v[2];
        dest[6] = roll;
        dest[7] = pitch;
        for (int j = 0; j < joints; j++) {
            dest[8 + j] = (s.jointPositions[j] - mid[j]) / halfRange[j];
            dest[8 + joints + j] = 0.1 * s.jointVelocities[j];
        }
        for (int f = 0; f < feet; f++) dest[8 + 2 * joints + f] = s.footContacts[f];
        for (int i = 0; i < dest.length; i++) {
            double d = dest[i];
            dest[i] = Double.isFinite(d) ? Math.max(space.low(i), Math.min(space.high(i), d)) : 0;
        }
    }
}
