package org.propamine.envs.wrappers;

/** What {@link LegDamage} does to the joints of the damaged leg. */
public enum LegDamageMode {
    /** Motors off: the leg swings limp within its joint limits (passive damping only). */
    DISABLE,
    /** Joints held rigidly at the angles they have when the damage starts. */
    LOCK,
    /**
     * The leg is shorter: a different robot body, so it is built from the damaged robot file (e.g.
     * {@code ant_short_leg}) by {@code Conditions}, from the start of the episode only; shortening in the middle
     * of an episode is not supported.
     */
    SHORTEN
}
