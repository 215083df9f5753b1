package org.propamine.envs.wrappers;

import java.util.SplittableRandom;
import org.propamine.envs.ActionWrapper;
import org.propamine.envs.Env;
import org.propamine.envs.Info;

/**
 * Actuator noise: a' = a + σ·N(0, 1) per element (the inner env then clips a' into the action box and counts
 * the clipped elements). Seeded from the reset seed. {@code info["action_noise_std"]} = σ.
 */
public final class ActionNoise extends ActionWrapper {
    public static final String KEY = "action_noise_std";
    private static final long SALT = 0x6163744e6f697365L;
    private final double std;
    private SplittableRandom rng = new SplittableRandom(SALT);

    /** @param std σ in action units, ≥ 0 (0 = off) */
    public ActionNoise(Env env, double std) {
        super(env);
        if (!(std >= 0) || !Double.isFinite(std)) throw new IllegalArgumentException("ActionNoise.std = " + std + ", expected a finite value >= 0");
        this.std = std;
    }

    @Override
    protected void onReset(long seed) {
        rng = new SplittableRandom(seed ^ SALT);
    }

    @Override
    protected void action(double[] in, double[] out) {
        for (int i = 0; i < in.length; i++) out[i] = in[i] + std * rng.nextGaussian();
    }

    @Override
    protected void annotate(Info info) {
        info.put(KEY, std);
    }
}
