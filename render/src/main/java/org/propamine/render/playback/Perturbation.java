package org.propamine.render.playback;

/** Perturbations a viewer can trigger from the keyboard during playback. */
public enum Perturbation {
    /** A sideways impulse on the robot's root (key P). */
    PUSH,
    /** Switches a leg's motors off, or back on (key D). */
    TOGGLE_LEG_DAMAGE
}
