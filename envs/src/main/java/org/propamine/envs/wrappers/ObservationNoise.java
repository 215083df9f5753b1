package org.propamine.envs.wrappers;

import java.util.SplittableRandom;
import org.propamine.envs.Env;
import org.propamine.envs.Info;
import org.propamine.envs.ObservationWrapper;

/**
 * Sensor noise: every observation element gets independent Gaussian noise, o' = clip(o + σ·N(0, 1)) into the
 * observation space. The noise stream is seeded from the reset seed, so episodes stay reproducible.
 * {@code info["observation_noise_std"]} = σ.
 */
public final class ObservationNoise extends ObservationWrapper {
    public static final String KEY = "observation_noise_std";
    private static final long SALT = 0x6f62734e6f697365L;
    private final double std;
    private SplittableRandom rng = new SplittableRandom(SALT);

    /** @param std σ in observation units, ≥ 0 (0 = off) */
    public ObservationNoise(Env env, double std) {
        super(env);
        if (!(std >= 0) || !Double.isFinite(std)) throw new IllegalArgumentException("ObservationNoise.std = " + std + ", expected a finite value >= 0");
        this.std = std;
    }

    @Override
    protected void onReset(long seed) {
        rng = new SplittableRandom(seed ^ SALT);
    }

    @Override
    protected void observation(double[] in, double[] out) {
        var space = observationSpace();
        for (int i = 0; i < in.length; i++) {
            double v = in[i] + std * rng.nextGaussian();
            out[i] = Math.max(space.low(i), Math.min(space.high(i), v));
        }
    }

    @Override
    protected void annotate(Info info) {
        info.put(KEY, std);
    }
}
