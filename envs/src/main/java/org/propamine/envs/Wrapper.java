package org.propamine.envs;

/**
 * Decorates an env (Gymnasium {@code Wrapper}): by default every call is forwarded to the wrapped env.
 * One wrapper = one behaviour, named verb + target ({@code TimeLimit}, {@code ActionNoise}, {@code MassScale}).
 * Use {@link Wrappers#find} to reach a wrapper or the base env by type.
 */
public abstract class Wrapper implements Env {
    protected final Env env;

    protected Wrapper(Env env) {
        if (env == null) throw new IllegalArgumentException("wrapped env is null");
        this.env = env;
    }

    /** The env this wrapper decorates. */
    public Env inner() {
        return env;
    }

    @Override
    public Box observationSpace() {
        return env.observationSpace();
    }

    @Override
    public Box actionSpace() {
        return env.actionSpace();
    }

    @Override
    public StepResult reset(long seed) {
        return env.reset(seed);
    }

    @Override
    public StepResult step(double[] action) {
        return env.step(action);
    }

    @Override
    public double dt() {
        return env.dt();
    }

    @Override
    public Env unwrapped() {
        return env.unwrapped();
    }

    @Override
    public void close() {
        env.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "<" + env + ">";
    }
}
