package org.propamine.envs.encoding;

/**
 * Turns one observation vector into a {@code K×C} raster (K substeps, C channels; row-major, element
 * {@code k·C + c}) of input currents or spikes for a spiking controller. Each encoder is bound to its
 * observation size at construction, keeps its per-episode state in preallocated arrays, and allocates nothing in
 * {@link #encode}. Random encoders draw only from the seed given to {@link #reset(long)}.
 */
public interface SpikeEncoder {

    /** Observation dimensions D. */
    int dims();

    /** Substeps K per observation. */
    int substeps();

    /** Channels C per substep. */
    int channels();

    /** Smallest value a raster element can take. */
    double min();

    /** Largest value a raster element can take. */
    double max();

    /** Starts an episode: clears the state, reseeds any random draw from {@code seed}. */
    void reset(long seed);

    /** Writes the raster of {@code observation} (length D) into {@code raster} (length K·C). */
    void encode(double[] observation, double[] raster);
}
