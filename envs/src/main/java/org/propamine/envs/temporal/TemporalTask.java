package org.propamine.envs.temporal;

import org.propamine.envs.Env;

/**
 * A temporal learning task (SPEC §3, claim C1): an {@link Env} that also exposes, for the observation it just
 * returned, the output the agent should produce and how much that step counts in a supervised loss.
 *
 * <p>Timing: after {@code reset} or {@code step} returned observation {@code o_t}, the agent computes its
 * action {@code a_t} from {@code o_t}; {@link #target()} is the desired {@code a_t} and {@link #targetMask()}
 * its weight (0 on steps without a target). The task's metric (e.g. {@code bit_error}) appears in the info
 * of the final step.
 */
public interface TemporalTask extends Env {

    /** Desired action for the current observation (env-owned buffer of {@code actionSpace().size()}; read only). */
    double[] target();

    /** Weight of the current step in a supervised loss: 0 (no target) or 1. */
    double targetMask();

    /** Number of steps in every episode (the last one is {@code truncated}). */
    int episodeLength();
}
