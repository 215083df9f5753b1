package org.propamine.envs.wrappers;

import org.propamine.envs.Actions;
import org.propamine.envs.Env;
import org.propamine.envs.Info;
import org.propamine.envs.StepResult;
import org.propamine.envs.Wrapper;
import org.propamine.envs.Wrappers;
import org.propamine.envs.locomotion.LocomotionEnv;
import org.propamine.sim.SimWorld;

/**
 * Base of the wrappers that perturb the physics world of the {@link LocomotionEnv} inside the chain (reached
 * through {@link Wrappers#require}). Template: {@link #reset} resets the inner env, then calls
 * {@link #onReset}; {@link #step} calls {@link #beforeStep}, steps the inner env; both then let
 * {@link #annotate} log the wrapper's state in {@code info}.
 */
public abstract class PhysicsWrapper extends Wrapper {
    protected final LocomotionEnv base;

    protected PhysicsWrapper(Env env) {
        super(env);
        this.base = Wrappers.require(env, LocomotionEnv.class);
    }

    /** The physics world being perturbed. */
    protected SimWorld world() {
        return base.world();
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
        Actions.validate(action, env.actionSpace()); // a rejected action must not trigger a perturbation
        beforeStep();
        StepResult r = env.step(action);
        annotate(r.info());
        return r;
    }

    /** After the inner reset (the world is at its initial pose): (re)apply the perturbation. */
    protected abstract void onReset(long seed);

    /** Before each inner step (time-triggered perturbations); default nothing. */
    protected void beforeStep() {}

    /** Logs the perturbation in info; keys must be present from reset on. */
    protected abstract void annotate(Info info);
}
