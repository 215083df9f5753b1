package org.propamine.trainer.rollout;

/** What an episode's fitness is. Locomotion "walks" is judged by distance, never by reward (SPEC §3). */
public enum FitnessKind {
    /** The undiscounted sum of rewards of the episode. */
    RETURN,
    /** {@code info["distance"]} at the last step of the episode (metres for the locomotion envs). */
    DISTANCE
}
