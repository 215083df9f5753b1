package org.propamine.trainer.es;

import java.io.Serializable;

/**
 * One generation's candidates, as antithetic pairs: candidate {@code k} is pair {@code k/2} with sign
 * {@code +1} for even k and {@code −1} for odd k, and its parameters are
 * {@code mean + sign·σ ⊙ noise[index[k/2] …]}. A worker needs only (noise index, sign) to rebuild it.
 *
 * <p>Array ownership: {@code mean}, {@code sigma} and {@code noiseIndices} are never written after
 * construction (they may be shared with the {@link StrategyState} they came from).
 *
 * @param generation the generation that asked for these candidates
 * @param mean the distribution mean (length = dim)
 * @param sigma σ, length 1 (isotropic) or dim
 * @param noiseIndices the start index of each pair's noise slice
 */
public record Population(long generation, double[] mean, double[] sigma, int[] noiseIndices) implements Serializable {
    public Population {
        if (mean.length == 0) throw new IllegalArgumentException("population mean must not be empty");
        if (sigma.length != 1 && sigma.length != mean.length) {
            throw new IllegalArgumentException("sigma has " + sigma.length + " entries, expected 1 or " + mean.length);
        }
        if (noiseIndices.length == 0) throw new IllegalArgumentException("population needs at least one pair");
    }

    /** Number of candidates (2 × pairs). */
    public int size() {
        return 2 * noiseIndices.length;
    }

    public int pairs() {
        return noiseIndices.length;
    }

    public int dimension() {
        return mean.length;
    }

    /** +1 for even candidates, −1 for odd. */
    public static double sign(int candidate) {
        return (candidate & 1) == 0 ? 1.0 : -1.0;
    }

    /** Candidate {@code k}'s (noise index, sign). */
    public Perturbation perturbation(int k) {
        return new Perturbation(noiseIndices[k >> 1], (k & 1) == 0 ? 1 : -1);
    }

    /** Writes candidate {@code k}'s parameters into {@code dest} (length dim); allocates nothing. */
    public void candidate(NoiseTable noise, int k, double[] dest) {
        noise.perturb(mean, sigma, sign(k), noiseIndices[k >> 1], dest);
    }
}
