package org.propamine.envs;

/**
 * A wrapper that transforms every action before the inner env sees it (Gymnasium {@code ActionWrapper});
 * subclasses fill {@link #action(double[], double[])}. The caller's array is never modified.
 */
public abstract class ActionWrapper extends Wrapper {
    private double[] buffer;

    protected ActionWrapper(Env env) {
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
        if (buffer == null) buffer = new double[env.actionSpace().size()];
        Actions.requireFinite(action);
        action(action, buffer);
        StepResult r = env.step(buffer);
        annotate(r.info());
        return r;
    }

    /** Adds this wrapper's diagnostics to the info of every reset and step (default: nothing). */
    protected void annotate(Info info) {}

    /** Called after the inner env reset (e.g. reseed noise, clear a delay line). */
    protected void onReset(long seed) {}

    /** Writes the action the inner env receives into {@code out}. */
    protected abstract void action(double[] in, double[] out);
}
