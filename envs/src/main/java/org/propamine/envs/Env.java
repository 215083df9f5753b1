package org.propamine.envs;

/**
 * A reinforcement-learning environment with Gymnasium semantics, on flat {@code double[]} observations and
 * actions.
 *
 * <ul>
 *   <li>{@link #reset(long)} starts an episode; the seed fixes every random draw of the episode, so the same
 *       seed and the same actions give bit-identical results on any thread.</li>
 *   <li>{@link #step(double[])} advances one control step. Actions outside {@link #actionSpace()} are clipped
 *       and counted in {@code info["clipped_actions"]}; an action containing NaN throws
 *       {@link IllegalArgumentException} and leaves the env unchanged. After {@code terminated} or
 *       {@code truncated} the caller must reset.</li>
 *   <li>{@code terminated}: the MDP ended (the robot fell, flipped, or the physics diverged; divergence also
 *       sets {@code info["physics_diverged"] = 1}). {@code truncated}: cut by a time limit.</li>
 * </ul>
 *
 * <p>The returned {@link StepResult} is owned by the env and reused (see its docs). Envs are not thread-safe:
 * use one env per thread.
 */
public interface Env extends AutoCloseable {

    /** The space every observation lies in. */
    Box observationSpace();

    /** The space of valid actions. */
    Box actionSpace();

    /** Starts a new episode seeded by {@code seed}; returns the first observation (reward 0, flags false). */
    StepResult reset(long seed);

    /** Applies {@code action} (read, not kept) for one control step. */
    StepResult step(double[] action);

    /** Control step length in seconds (e.g. 0.05 for the locomotion envs). */
    double dt();

    /** The env itself for a base env; wrappers return the env they wrap. */
    default Env unwrapped() {
        return this;
    }

    /** Releases native or physics resources; default: nothing to release. */
    @Override
    default void close() {}
}
