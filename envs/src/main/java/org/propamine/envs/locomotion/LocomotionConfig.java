package org.propamine.envs.locomotion;

/**
 * Reward weights and termination thresholds of a {@link LocomotionEnv} (Gym {@code Ant-v4} / PyBullet
 * {@code AntBulletEnv} conventions, adapted and documented per field).
 *
 * @param healthyZMin      lowest healthy torso height in m (Gym ant: 0.2); below it the episode terminates
 * @param healthyZMax      highest healthy torso height in m (Gym ant: 1.0); above it the episode terminates
 * @param minUpZ           the episode terminates when the z component of the torso's up axis falls below this
 *                         (flipped); default 0 = lying past the side. Gym's ant has no such check and ends up on
 *                         its back inside the healthy height band (anchors README, note 3), which rewards a
 *                         useless pose with the alive bonus; this check ends those episodes. −1 disables it.
 * @param aliveBonus       reward per step while healthy, default 0.5 (Gym: 1.0; halved so that a walking speed
 *                         of 0.5 m/s already doubles the reward of standing still)
 * @param ctrlCostWeight   c in ctrl_cost = c·½·Σ a², a = the clipped action; default 0.1 (Gym Ant-v4: 0.5 without
 *                         the ½; lower here because the rotor actuator needs full ctrl to lift a leg)
 * @param contactCostWeight w in contact_cost = w·Σ foot_contact (feet on the ground); default 0 like Gym
 *                         Ant-v4's {@code use_contact_forces=False} (RobotState has contact flags, not forces)
 */
public record LocomotionConfig(double healthyZMin, double healthyZMax, double minUpZ, double aliveBonus,
                               double ctrlCostWeight, double contactCostWeight) {

    public LocomotionConfig {
        if (!(healthyZMin < healthyZMax) || !Double.isFinite(healthyZMin) || !Double.isFinite(healthyZMax)) {
            throw new IllegalArgumentException("env.healthy_z = [" + healthyZMin + ", " + healthyZMax + "], expected finite min < max (m)");
        }
        if (!(minUpZ >= -1 && minUpZ <= 1)) throw new IllegalArgumentException("env.min_up_z = " + minUpZ + ", expected a value in [-1, 1]");
        if (!Double.isFinite(aliveBonus)) throw new IllegalArgumentException("env.alive_bonus = " + aliveBonus + ", expected a finite number");
        if (!(ctrlCostWeight >= 0) || !Double.isFinite(ctrlCostWeight)) throw new IllegalArgumentException("env.ctrl_cost_weight = " + ctrlCostWeight + ", expected >= 0");
        if (!(contactCostWeight >= 0) || !Double.isFinite(contactCostWeight)) throw new IllegalArgumentException("env.contact_cost_weight = " + contactCostWeight + ", expected >= 0");
    }

    /** The defaults (tuned for the ant, used for the hexapod too, whose torso starts at 0.6 m): healthy z ∈ [0.2, 1.0] m, min up-z 0, alive 0.5, ctrl 0.1, contact 0. */
    public static LocomotionConfig defaults() {
        return new LocomotionConfig(0.2, 1.0, 0.0, 0.5, 0.1, 0.0);
    }

    public LocomotionConfig withHealthyZ(double min, double max) {
        return new LocomotionConfig(min, max, minUpZ, aliveBonus, ctrlCostWeight, contactCostWeight);
    }

    public LocomotionConfig withAliveBonus(double bonus) {
        return new LocomotionConfig(healthyZMin, healthyZMax, minUpZ, bonus, ctrlCostWeight, contactCostWeight);
    }

    public LocomotionConfig withMinUpZ(double upZ) {
        return new LocomotionConfig(healthyZMin, healthyZMax, upZ, aliveBonus, ctrlCostWeight, contactCostWeight);
    }
}
