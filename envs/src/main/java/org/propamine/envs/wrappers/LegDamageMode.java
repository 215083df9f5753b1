package org.propamine.envs.wrappers;

/** What {@link LegDamage} does to the damaged leg. */
public enum LegDamageMode {
    /** Motors off: the leg swings limp within its joint limits (passive damping only). */
    DISABLE,
    /** Joints held rigidly at the angles they have when the damage starts. */
    LOCK,
    /** The leg's distal links are cut shorter (default to half their length), keeping their density. */
    SHORTEN
}
