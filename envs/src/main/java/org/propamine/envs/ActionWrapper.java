package org.propamine.envs;

/**
 * A wrapper that transforms every action before the inner env sees it (Gymnasium {@code ActionWrapper});
 * subclasses fill {@link #action(double[], double[])}. The caller's array is never modified.
 */
public abstract class ActionWrapper extends InboundWrapper {
    private double[] buffer;

    protected ActionWrapper(Env env) {
        super(env);
    }

    @Override
    protected final double[] prepare(double[] action) {
        if (buffer == null) buffer = new double[env.actionSpace().size()];
        Actions.requireFinite(action);
        action(action, buffer);
        return buffer;
    }

    /** Writes the action the inner env receives into {@code out}. */
    protected abstract void action(double[] in, double[] out);
}
