package org.propamine.envs.locomotion;

import org.propamine.sim.RobotState;

/**
 * The reward terms of the locomotion envs as small named functions over {@link RobotState} (Brax
 * {@code ant.py} style). {@link LocomotionEnv} logs each in {@code info} under the key named here;
 * reward = forward + alive − ctrl − contact.
 */
public final class RewardTerms {
    /** info key of {@link #forward}. */
    public static final String FORWARD = "forward_reward";
    /** info key of {@link #alive}. */
    public static final String ALIVE = "alive_bonus";
    /** info key of {@link #control}. */
    public static final String CTRL = "ctrl_cost";
    /** info key of {@link #contact}. */
    public static final String CONTACT = "contact_cost";

    private RewardTerms() {}

    /** Forward progress in m/s: (x_after − x_before)/dt, torso x along the world +x axis. */
    public static double forward(double xBefore, RobotState after, double dt) {
        return (after.basePosition[0] - xBefore) / dt;
    }

    /** {@code bonus} while the robot is healthy, else 0. */
    public static double alive(boolean healthy, double bonus) {
        return healthy ? bonus : 0;
    }

    /** Control cost c·½·Σ a² of the applied (clipped) action. */
    public static double control(double[] action, double weight) {
        double s = 0;
        for (double a : action) s += a * a;
        return weight * 0.5 * s;
    }

    /** Contact cost w·Σ foot_contact (number of feet on the ground, weighted). */
    public static double contact(RobotState state, double weight) {
        double s = 0;
        for (double c : state.footContacts) s += c;
        return weight * s;
    }

    /**
     * Healthy = every root coordinate finite, torso height z ∈ [zMin, zMax] (m) and the torso's up axis
     * z component ≥ {@code minUpZ} (not flipped).
     */
    public static boolean healthy(RobotState s, LocomotionConfig c) {
        double z = s.basePosition[2];
        if (!Double.isFinite(s.basePosition[0]) || !Double.isFinite(s.basePosition[1]) || !Double.isFinite(z)) return false;
        double up = s.upZ();
        return z >= c.healthyZMin() && z <= c.healthyZMax() && Double.isFinite(up) && up >= c.minUpZ();
    }
}
