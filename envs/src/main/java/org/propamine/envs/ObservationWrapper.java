package org.propamine.envs;

/**
 * A wrapper that transforms every observation (Gymnasium {@code ObservationWrapper}); subclasses fill the single
 * hook {@link #observation(double[], double[])} and, if the shape changes, override {@link #observationSpace()}.
 * The wrapper owns its own {@link StepResult}, so it never writes into the inner env's buffers.
 */
public abstract class ObservationWrapper extends Wrapper {
    private StepResult out;

    protected ObservationWrapper(Env env) {
        super(env);
    }

    @Override
    public final StepResult reset(long seed) {
        StepResult inner = env.reset(seed);
        onReset(seed);
        return transform(inner);
    }

    @Override
    public final StepResult step(double[] action) {
        return transform(env.step(action));
    }

    /** Called after the inner env reset and before the first observation is transformed (e.g. reseed noise). */
    protected void onReset(long seed) {}

    /** Adds this wrapper's diagnostics to the info of every reset and step (default: nothing). */
    protected void annotate(Info info) {}

    /** Writes the transformed observation of {@code in} into {@code out} (size of {@link #observationSpace()}). */
    protected abstract void observation(double[] in, double[] out);

    private StepResult transform(StepResult inner) {
        if (out == null) out = new StepResult(observationSpace().size());
        out.copyScalarsFrom(inner);
        observation(inner.observation(), out.observation());
        annotate(out.info());
        return out;
    }
}
