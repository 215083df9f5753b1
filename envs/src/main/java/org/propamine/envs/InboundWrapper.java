package org.propamine.envs;

/**
 * Base of the wrappers that act on what goes into the inner env — the action ({@link ActionWrapper}) or the
 * physics world ({@code PhysicsWrapper}) — and pass the inner env's results out unchanged (same
 * {@link StepResult} object), only adding their diagnostics to its info. Template: {@link #reset} resets the inner
 * env, then calls {@link #onReset} and {@link #annotate}; {@link #step} hands the action to the one hook
 * {@link #prepare}, steps the inner env with what it returns, then calls {@link #annotate}.
 */
public abstract class InboundWrapper extends Wrapper {

    protected InboundWrapper(Env env) {
        super(env);
    }

    @Override
    public final StepResult reset(long seed) {
        StepResult r = env.reset(seed);
        onReset(seed);
        annotate(r.info());
        return r;
    }

    @Override
    public final StepResult step(double[] action) {
        StepResult r = env.step(prepare(action));
        annotate(r.info());
        return r;
    }

    /**
     * Checks the caller's action (which it must not modify), does this wrapper's work before the inner step and
     * returns the action the inner env receives (the caller's array or a buffer the wrapper owns). Allocates
     * nothing after the first call.
     */
    protected abstract double[] prepare(double[] action);

    /** Called after the inner env reset (e.g. reseed noise, clear a delay line); default nothing. */
    protected void onReset(long seed) {}

    /** Adds this wrapper's diagnostics to the info of every reset and step (default: nothing). */
    protected void annotate(Info info) {}
}
