package org.propamine.trainer.es;

/**
 * Hyper-parameters of {@link OpenEs}.
 *
 * @param pairs antithetic pairs per generation (≥ 1; default 32, population 64)
 * @param sigma noise standard deviation σ per generation (parameter units; default constant 0.02)
 * @param learningRate optimiser step size per generation (default constant 0.01)
 * @param optimizer the mean optimiser (default {@link Adam#defaults()})
 * @param weightDecay L2 coefficient λ ≥ 0: the ascent direction is {@code g − λθ} (default 0.005, as OpenAI)
 * @param shaping fitness shaping (default centred ranks)
 */
public record OpenEsConfig(int pairs, Schedule sigma, Schedule learningRate, Optimizer optimizer, double weightDecay,
                           FitnessShaping shaping) implements StrategyConfig {
    public OpenEsConfig {
        if (pairs < 1) throw new IllegalArgumentException("open_es.pairs must be >= 1, got " + pairs);
        if (sigma == null) throw new IllegalArgumentException("open_es.sigma is missing");
        if (learningRate == null) throw new IllegalArgumentException("open_es.learningRate is missing");
        if (optimizer == null) throw new IllegalArgumentException("open_es.optimizer is missing");
        if (shaping == null) throw new IllegalArgumentException("open_es.shaping is missing");
        if (!(weightDecay >= 0 && Double.isFinite(weightDecay))) {
            throw new IllegalArgumentException("open_es.weightDecay must be finite and >= 0, got " + weightDecay);
        }
    }

    public static OpenEsConfig defaults() {
        return new OpenEsConfig(32, Schedule.constant(0.02), Schedule.constant(0.01), Adam.defaults(), 0.005,
                FitnessShaping.CENTERED_RANK);
    }

    public OpenEsConfig withPairs(int value) {
        return new OpenEsConfig(value, sigma, learningRate, optimizer, weightDecay, shaping);
    }

    public OpenEsConfig withSigma(Schedule value) {
        return new OpenEsConfig(pairs, value, learningRate, optimizer, weightDecay, shaping);
    }

    public OpenEsConfig withLearningRate(Schedule value) {
        return new OpenEsConfig(pairs, sigma, value, optimizer, weightDecay, shaping);
    }

    public OpenEsConfig withOptimizer(Optimizer value) {
        return new OpenEsConfig(pairs, sigma, learningRate, value, weightDecay, shaping);
    }

    public OpenEsConfig withWeightDecay(double value) {
        return new OpenEsConfig(pairs, sigma, learningRate, optimizer, value, shaping);
    }

    public OpenEsConfig withShaping(FitnessShaping value) {
        return new OpenEsConfig(pairs, sigma, learningRate, optimizer, weightDecay, value);
    }

    @Override
    public EvolutionStrategy build(NoiseTable noise, long seed) {
        return new OpenEs(this, noise, seed);
    }
}
