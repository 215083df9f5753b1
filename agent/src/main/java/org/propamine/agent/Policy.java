package org.propamine.agent;

/**
 * What a trainer needs of a controller: a flat learnable parameter vector (in a stable documented order, see
 * the implementation's codec) and an act function on flat arrays.
 *
 * <p>A policy may keep state across the steps of an episode (membrane potentials, plastic traces), which
 * {@link #reset(long)} restores to its initial value. Not thread-safe: one policy per thread.
 */
public interface Policy {

    /** Number of learnable parameters. */
    int parameterCount();

    /** Copies {@code params} (length {@link #parameterCount()}) into the policy. */
    void setParameters(double[] params);

    /** Writes the current parameters into {@code dest}. */
    void getParameters(double[] dest);

    /** Starts an episode: clears all per-episode state; {@code seed} drives any stochastic part. */
    void reset(long seed);

    /** Computes the action for {@code observation} into {@code action}, allocating nothing. */
    void act(double[] observation, double[] action);
}
