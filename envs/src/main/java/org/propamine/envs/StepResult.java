package org.propamine.envs;

/**
 * The outcome of {@link Env#reset} or {@link Env#step} (Gymnasium's 5-tuple):
 * observation, reward, terminated, truncated, info.
 *
 * <p><b>Ownership:</b> the env owns this object and overwrites it on its next {@code reset}/{@code step}, so
 * the per-step path allocates nothing. Copy what you need to keep ({@link #copy()}).
 */
public final class StepResult {
    private final double[] observation;
    private final Info info = new Info();
    private double reward;
    private boolean terminated;
    private boolean truncated;

    /** A result buffer for observations of {@code observationSize} elements. */
    public StepResult(int observationSize) {
        this.observation = new double[observationSize];
    }

    /** The observation (the env's buffer: read, don't keep). */
    public double[] observation() {
        return observation;
    }

    /** Reward of the step; 0 after reset. */
    public double reward() {
        return reward;
    }

    /** True when the episode ended inside the MDP (e.g. the robot fell); reset before stepping again. */
    public boolean terminated() {
        return terminated;
    }

    /** True when the episode was cut outside the MDP (time limit); reset before stepping again. */
    public boolean truncated() {
        return truncated;
    }

    /** {@code terminated || truncated}. */
    public boolean done() {
        return terminated || truncated;
    }

    public Info info() {
        return info;
    }

    public StepResult reward(double value) {
        this.reward = value;
        return this;
    }

    public StepResult terminated(boolean value) {
        this.terminated = value;
        return this;
    }

    public StepResult truncated(boolean value) {
        this.truncated = value;
        return this;
    }

    /** Copies reward, flags and info of {@code other} (not the observation, whose size may differ). */
    public StepResult copyScalarsFrom(StepResult other) {
        reward = other.reward;
        terminated = other.terminated;
        truncated = other.truncated;
        info.clear();
        info.putAll(other.info);
        return this;
    }

    /** A detached deep copy (allocates). */
    public StepResult copy() {
        StepResult c = new StepResult(observation.length);
        System.arraycopy(observation, 0, c.observation, 0, observation.length);
        return c.copyScalarsFrom(this);
    }
}
