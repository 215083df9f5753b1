package org.propamine.envs.wrappers;

import org.propamine.envs.Env;
import org.propamine.envs.Info;

/**
 * Scales the mass and inertia of every robot link (> 0; 1 = nominal) of the wrapped locomotion env's world for every episode;
 * {@code info["mass_scale"]} = the factor.
 */
public final class MassScale extends PhysicsWrapper {
    public static final String KEY = "mass_scale";
    private final double scale;

    /** @param scale the factor, > 0 */
    public MassScale(Env env, double scale) {
        super(env);
        if (!(scale > 0) || !Double.isFinite(scale)) throw new IllegalArgumentException("MassScale.scale = " + scale + ", expected a finite value > 0");
        this.scale = scale;
    }

    public double scale() {
        return scale;
    }

    @Override
    protected void onReset(long seed) {
        world().setMassScale(scale);
    }

    @Override
    protected void annotate(Info info) {
        info.put(KEY, scale);
    }
}
