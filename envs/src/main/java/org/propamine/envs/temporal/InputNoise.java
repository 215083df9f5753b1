package org.propamine.envs.temporal;

import java.util.random.RandomGenerator;

/**
 * Noise added to the input raster of a temporal task (SPEC §3): Gaussian input-current noise and spurious
 * spikes.
 *
 * <p>Applied per channel and per step, in this order: with probability {@code spuriousSpikeRate} the channel
 * is replaced by a spike (value 1) whatever it carried; then {@code N(0, currentSigma²)} is added. Draws come
 * from the episode's generator, so the same {@code reset(seed)} gives the same noise.
 *
 * @param currentSigma standard deviation σ of the additive input-current noise (≥ 0, default 0; same unit as
 *     the spike channels, where a spike is 1)
 * @param spuriousSpikeRate probability r per channel per step of a spurious spike (in [0, 1], default 0)
 */
public record InputNoise(double currentSigma, double spuriousSpikeRate) {

    public InputNoise {
        if (!(currentSigma >= 0) || !Double.isFinite(currentSigma)) {
            throw new IllegalArgumentException("noise.currentSigma is " + currentSigma + ", expected a finite value >= 0");
        }
        if (!(spuriousSpikeRate >= 0 && spuriousSpikeRate <= 1)) {
            throw new IllegalArgumentException("noise.spuriousSpikeRate is " + spuriousSpikeRate + ", expected a value in [0, 1]");
        }
    }

    /** No noise. */
    public static InputNoise none() {
        return new InputNoise(0, 0);
    }

    /** True when neither noise source is active (observations stay in {0, 1}). */
    public boolean isNone() {
        return currentSigma == 0 && spuriousSpikeRate == 0;
    }

    /** Applies the noise to {@code channels} in place (allocates nothing). */
    public void apply(double[] channels, RandomGenerator rng) {
        if (isNone()) return;
        for (int i = 0; i < channels.length; i++) {
            if (spuriousSpikeRate > 0 && rng.nextDouble() < spuriousSpikeRate) channels[i] = 1;
            if (currentSigma > 0) channels[i] += currentSigma * rng.nextGaussian();
        }
    }
}
