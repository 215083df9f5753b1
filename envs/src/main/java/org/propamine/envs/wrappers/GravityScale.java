package org.propamine.envs.wrappers;

import org.propamine.envs.Env;
import org.propamine.envs.Info;

/**
 * Scales the gravity g = scale·9.81 m/s² (≥ 0; 1 = nominal) of the wrapped locomotion env's world for every episode;
 * {@code info["gravity_scale"]} = the factor.
 */
public final class GravityScale extends PhysicsWrapper {
    public static final String KEY = "gravity_scale";
    private final double scale;

    /** @param scale the factor, >= 0 */
    public GravityScale(Env env, double scale) {
        super(env);
        if (!(scale >= 0) || !Double.isFinite(scale)) throw new IllegalArgumentException("GravityScale.scale = " + scale + ", expected a finite value >= 0");
        this.scale = scale;
    }

    public double scale() {
        return scale;
    }

    @Override
    protected void onReset(long seed) {
        world().setGravityScale(scale);
    }

    @Override
    protected void annotate(Info info) {
        info.put(KEY, scale);
    }
}
