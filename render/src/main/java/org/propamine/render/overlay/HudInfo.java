package org.propamine.render.overlay;

/**
 * The numbers the HUD shows, refreshed by the caller each frame (mutable so a frame allocates nothing).
 * Units: time in simulated seconds, speed in m/s (forward velocity of the root), distance in metres travelled
 * along +x since reset, reward as the episode's summed reward, playback speed as a factor (1 = real time).
 */
public final class HudInfo {
    public double time;
    public double speed;
    public double distance;
    public double reward;
    public double playbackSpeed = 1;
    public boolean paused;
    /** Active perturbations, e.g. "push, leg 2 damaged"; empty when none. Replace the builder's content, not the field. */
    public final StringBuilder perturbations = new StringBuilder();
    /** An optional title line (robot / condition); empty for none. */
    public final StringBuilder title = new StringBuilder();
}
