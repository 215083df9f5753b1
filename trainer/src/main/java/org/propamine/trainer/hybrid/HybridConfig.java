package org.propamine.trainer.hybrid;

/**
 * Settings of a {@link HybridTrainer} run.
 *
 * @param mode where the direction comes from
 * @param generations optimiser steps (≥ 1)
 * @param pairs antithetic pairs per generation (≥ 1)
 * @param sigma perturbation scale σ (> 0, default 0.05)
 * @param learningRate Adam step size (> 0, default 0.02)
 * @param beta COMBINED: weight of the ES direction in [0, 1] (default 0.5)
 * @param alpha GUIDED: share a of the isotropic part of Σ in (0, 1] (default 0.5)
 * @param subspace GUIDED: number k of recent surrogate gradients spanning the guiding subspace (≥ 1, default 4)
 * @param seed seed of the noise draws
 */
public record HybridConfig(HybridMode mode, int generations, int pairs, double sigma, double learningRate, double beta,
                           double alpha, int subspace, long seed) {

    public HybridConfig {
        if (mode == null) throw new IllegalArgumentException("hybrid.mode is missing, expected es, combined or guided");
        if (generations < 1) throw new IllegalArgumentException("hybrid.generations is " + generations + ", expected >= 1");
        if (pairs < 1) throw new IllegalArgumentException("hybrid.pairs is " + pairs + ", expected >= 1");
        if (!(sigma > 0)) throw new IllegalArgumentException("hybrid.sigma is " + sigma + ", expected > 0");
        if (!(learningRate > 0)) throw new IllegalArgumentException("hybrid.learningRate is " + learningRate + ", expected > 0");
        if (!(beta >= 0 && beta <= 1)) throw new IllegalArgumentException("hybrid.beta is " + beta + ", expected a value in [0, 1]");
        if (!(alpha > 0 && alpha <= 1)) throw new IllegalArgumentException("hybrid.alpha is " + alpha + ", expected a value in (0, 1]");
        if (subspace < 1) throw new IllegalArgumentException("hybrid.subspace is " + subspace + ", expected >= 1");
    }

    public static HybridConfig defaults(HybridMode mode) {
        return new HybridConfig(mode, 200, 8, 0.05, 0.02, 0.5, 0.5, 4, 1);
    }

    public HybridConfig withGenerations(int g) {
        return new HybridConfig(mode, g, pairs, sigma, learningRate, beta, alpha, subspace, seed);
    }

    public HybridConfig withSeed(long s) {
        return new HybridConfig(mode, generations, pairs, sigma, learningRate, beta, alpha, subspace, s);
    }

    public HybridConfig withMode(HybridMode m) {
        return new HybridConfig(m, generations, pairs, sigma, learningRate, beta, alpha, subspace, seed);
    }
}
