package org.propamine.render.playback;

import org.propamine.render.overlay.HudInfo;
import org.propamine.render.scene.Scene;

/**
 * What a player plays: something that advances in fixed control steps and exposes a {@link Scene} plus the
 * numbers and neural activity to show. The CLI plugs an env + spiking controller (or the scripted gait) in
 * here; {@link SimPlaybackSource} adapts a bare {@code SimWorld} with a control law.
 *
 * <p>Contract: {@link #scene()} returns the same object for the source's life and its poses reflect the latest
 * {@link #step()}/{@link #reset()}. None of the per-step methods may allocate.
 */
public interface PlaybackSource {

    /** The scene whose poses this source keeps current. */
    Scene scene();

    /** Simulated seconds per {@link #step()} (the env's control step, e.g. 0.05). */
    double stepSeconds();

    /** Restarts the episode from its initial state (same seed as the first episode). */
    void reset();

    /** Advances one control step. */
    void step();

    /** True when the episode has ended (terminated or truncated); the player then resets. */
    default boolean episodeOver() {
        return false;
    }

    /**
     * Writes time, speed, distance, reward, title and active perturbations into {@code dest}; the player owns
     * {@code playbackSpeed} and {@code paused}.
     */
    void readHud(HudInfo dest);

    /** Number of neurons in {@link #spikes} (0 = no spike raster). */
    default int neuronCount() {
        return 0;
    }

    /** Spikes of the last step, one value per neuron (&gt; 0 = spiked), into {@code dest[0..neuronCount)}. */
    default void spikes(double[] dest) {
    }

    /** Rows of the plastic trace shown as a heat map (0 = none). */
    default int traceRows() {
        return 0;
    }

    /** Columns of the plastic trace. */
    default int traceColumns() {
        return 0;
    }

    /** The current plastic trace H into {@code dest[traceRows][traceColumns]}. */
    default void trace(double[][] dest) {
    }

    /** Applies a viewer-triggered perturbation; returns false when this source does not support it. */
    default boolean perturb(Perturbation perturbation) {
        return false;
    }
}
