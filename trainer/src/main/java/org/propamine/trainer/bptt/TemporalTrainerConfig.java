package org.propamine.trainer.bptt;

/**
 * Settings of a {@link TemporalTrainer} run.
 *
 * @param iterations optimiser steps (≥ 1)
 * @param batch episodes per step (≥ 1; ≥ 2 for REINFORCE, whose baseline is the batch mean)
 * @param learningRate Adam step size (> 0, default 3e−3)
 * @param clipNorm gradient-norm clip: the gradient is rescaled to this L2 norm when longer (> 0, default 1)
 * @param explodeNorm a gradient norm above this (or NaN/∞ anywhere) stops the run (> clipNorm, default 1e6)
 * @param evalEvery evaluate (and checkpoint) every this many steps (≥ 1)
 * @param evalEpisodes fixed-seed evaluation episodes (≥ 1)
 * @param gamma REINFORCE discount over decisions (in [0, 1], default 0.9)
 * @param entropy REINFORCE entropy bonus β_H (≥ 0, default 0.01)
 * @param seed seed of the initial parameters, training episodes and policy sampling
 */
public record TemporalTrainerConfig(int iterations, int batch, double learningRate, double clipNorm,
                                    double explodeNorm, int evalEvery, int evalEpisodes, double gamma,
                                    double entropy, long seed) {

    public TemporalTrainerConfig {
        if (iterations < 1) throw new IllegalArgumentException("bptt.iterations is " + iterations + ", expected >= 1");
        if (batch < 1) throw new IllegalArgumentException("bptt.batch is " + batch + ", expected >= 1");
        if (!(learningRate > 0)) throw new IllegalArgumentException("bptt.learningRate is " + learningRate + ", expected > 0");
        if (!(clipNorm > 0)) throw new IllegalArgumentException("bptt.clipNorm is " + clipNorm + ", expected > 0");
        if (!(explodeNorm > clipNorm)) throw new IllegalArgumentException("bptt.explodeNorm is " + explodeNorm + ", expected > clipNorm (" + clipNorm + ")");
        if (evalEvery < 1) throw new IllegalArgumentException("bptt.evalEvery is " + evalEvery + ", expected >= 1");
        if (evalEpisodes < 1) throw new IllegalArgumentException("bptt.evalEpisodes is " + evalEpisodes + ", expected >= 1");
        if (!(gamma >= 0 && gamma <= 1)) throw new IllegalArgumentException("bptt.gamma is " + gamma + ", expected a value in [0, 1]");
        if (!(entropy >= 0)) throw new IllegalArgumentException("bptt.entropy is " + entropy + ", expected >= 0");
    }

    public static TemporalTrainerConfig defaults() {
        return new TemporalTrainerConfig(300, 8, 3e-3, 1.0, 1e6, 25, 32, 0.9, 0.01, 1);
    }

    public TemporalTrainerConfig withIterations(int n) {
        return new TemporalTrainerConfig(n, batch, learningRate, clipNorm, explodeNorm, evalEvery, evalEpisodes, gamma, entropy, seed);
    }

    public TemporalTrainerConfig withBatch(int b) {
        return new TemporalTrainerConfig(iterations, b, learningRate, clipNorm, explodeNorm, evalEvery, evalEpisodes, gamma, entropy, seed);
    }

    public TemporalTrainerConfig withLearningRate(double lr) {
        return new TemporalTrainerConfig(iterations, batch, lr, clipNorm, explodeNorm, evalEvery, evalEpisodes, gamma, entropy, seed);
    }

    public TemporalTrainerConfig withEval(int every, int episodes) {
        return new TemporalTrainerConfig(iterations, batch, learningRate, clipNorm, explodeNorm, every, episodes, gamma, entropy, seed);
    }

    public TemporalTrainerConfig withSeed(long s) {
        return new TemporalTrainerConfig(iterations, batch, learningRate, clipNorm, explodeNorm, evalEvery, evalEpisodes, gamma, entropy, s);
    }

    public TemporalTrainerConfig withExplodeNorm(double e) {
        return new TemporalTrainerConfig(iterations, batch, learningRate, clipNorm, e, evalEvery, evalEpisodes, gamma, entropy, seed);
    }
}
