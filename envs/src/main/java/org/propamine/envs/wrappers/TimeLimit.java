package org.propamine.envs.wrappers;

import org.propamine.envs.Env;
import org.propamine.envs.StepResult;
import org.propamine.envs.Wrapper;

/**
 * Truncates an episode after {@code maxSteps} env steps (Gymnasium {@code TimeLimit}): the step that reaches
 * the limit returns {@code truncated = true} unless it already terminated. {@code info["elapsed_steps"]}
 * counts the steps of the episode.
 */
public final class TimeLimit extends Wrapper {
    public static final String ELAPSED = "elapsed_steps";
    private final int maxSteps;
    private int elapsed;

    /** @param maxSteps episode length in env steps, ≥ 1 (the registry uses 1000 for the locomotion envs) */
    public TimeLimit(Env env, int maxSteps) {
        super(env);
        if (maxSteps < 1) throw new IllegalArgumentException("TimeLimit.max_steps = " + maxSteps + ", expected >= 1");
        this.maxSteps = maxSteps;
    }

    public int maxSteps() {
        return maxSteps;
    }

    @Override
    public StepResult reset(long seed) {
        elapsed = 0;
        StepResult r = env.reset(seed);
        r.info().put(ELAPSED, 0);
        return r;
    }

    @Override
    public StepResult step(double[] action) {
        StepResult r = env.step(action);
        elapsed++;
        if (elapsed >= maxSteps && !r.terminated()) r.truncated(true);
        r.info().put(ELAPSED, elapsed);
        return r;
    }
}
