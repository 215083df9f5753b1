package org.propamine.envs.wrappers;

import org.propamine.envs.Env;
import org.propamine.envs.Info;

/**
 * Scales the friction coefficient of every robot and ground contact (≥ 0; 1 = nominal) of the wrapped locomotion env's world for every episode;
 * {@code info["friction_scale"]} = the factor.
 */
public final class FrictionScale extends PhysicsWrapper {
    public static final String KEY = "friction_scale";
    private final double scale;

    /** @param scale the factor, >= 0 */
    public FrictionScale(Env env, double scale) {
        super(env);
        if (!(scale >= 0) || !Double.isFinite(scale)) throw new IllegalArgumentException("FrictionScale.scale = " + scale + ", expected a finite value >= 0");
        this.scale = scale;
    }

    public double scale() {
        return scale;
    }

    @Override
    protected void onReset(long seed) {
        world().setFrictionScale(scale);
    }

    @Override
    protected void annotate(Info info) {
        info.put(KEY, scale);
    }
}
