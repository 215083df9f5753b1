package org.propamine.trainer.es;

/**
 * What a worker needs to rebuild one candidate (OpenAI-ES's {@code (noise_idx, sign)}): the start of its
 * slice in the shared {@link NoiseTable} and the antithetic sign. With the generation's mean and σ, the
 * candidate is {@code mean + sign·σ ⊙ noise[noiseIndex …]}; a remote worker returns only
 * {@code (perturbation, fitness)}.
 *
 * @param noiseIndex start index of the noise slice (≥ 0)
 * @param sign +1 or −1
 */
public record Perturbation(int noiseIndex, int sign) {
    public Perturbation {
        if (noiseIndex < 0) throw new IllegalArgumentException("noiseIndex must be >= 0, got " + noiseIndex);
        if (sign != 1 && sign != -1) throw new IllegalArgumentException("sign must be +1 or -1, got " + sign);
    }

    /** Writes {@code mean + sign·σ ⊙ noise[noiseIndex …]} into {@code dest} (σ of length 1 or dest.length). */
    public void apply(NoiseTable noise, double[] mean, double[] sigma, double[] dest) {
        noise.perturb(mean, sigma, sign, noiseIndex, dest);
    }
}
