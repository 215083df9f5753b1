package org.propamine.agent.decode;

import java.util.List;
import org.propamine.plasticity.ParameterSegment;

/**
 * Turns the last layer's spikes of the K substeps of one env step into an action in [−1, 1]^out.
 * Learnable numbers are exposed as {@link ParameterSegment}s (live arrays); per-episode state is cleared by
 * {@link #reset()}. Per-step methods allocate nothing.
 */
public interface ActionDecoder {

    int inputs();

    int outputs();

    /** Learnable parameters in codec order (readout weights pre-major {@code j·out + o}, then biases). */
    List<ParameterSegment> segments();

    /** Clears the per-episode state. */
    void reset();

    /** Consumes the spikes (0/1, length {@link #inputs()}) of one substep. */
    void substep(double[] spikes);

    /** Writes the action of the env step into {@code dest[0..out)}, each in [−1, 1]. */
    void decode(double[] dest);
}
