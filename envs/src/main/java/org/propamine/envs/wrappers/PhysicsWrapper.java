package org.propamine.envs.wrappers;

import org.propamine.envs.Actions;
import org.propamine.envs.Env;
import org.propamine.envs.InboundWrapper;
import org.propamine.envs.Info;
import org.propamine.envs.Wrappers;
import org.propamine.envs.locomotion.LocomotionEnv;
import org.propamine.sim.SimWorld;

/**
 * Base of the wrappers that perturb the physics world of the {@link LocomotionEnv} inside the chain (reached
 * through {@link Wrappers#require}). On top of {@link InboundWrapper}'s template, a step first validates the action
 * against the action space (so a rejected action never triggers a perturbation), then calls {@link #beforeStep};
 * subclasses must fill {@link #onReset} and {@link #annotate}.
 */
public abstract class PhysicsWrapper extends InboundWrapper {
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
    protected final double[] prepare(double[] action) {
        Actions.validate(action, env.actionSpace()); // a rejected action must not trigger a perturbation
        beforeStep();
        return action;
    }

    /** After the inner reset (the world is at its initial pose): (re)apply the perturbation. */
    @Override
    protected abstract void onReset(long seed);

    /** Before each inner step (time-triggered perturbations); default nothing. */
    protected void beforeStep() {}

    /** Logs the perturbation in info; keys must be present from reset on. */
    @Override
    protected abstract void annotate(Info info);
}
