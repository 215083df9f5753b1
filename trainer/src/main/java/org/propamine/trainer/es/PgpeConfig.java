package org.propamine.trainer.es;

/**
 * Hyper-parameters of {@link Pgpe}.
 *
 * @param pairs antithetic pairs per generation (≥ 1; default 32)
 * @param initialSigma σ of every parameter at generation 0 (> 0; default 0.05)
 * @param sigmaLearningRate step size η_σ of the σ update (≥ 0; 0 freezes σ; default 0.1)
 * @param sigmaMaxChange largest relative change of any σ_i per generation, in (0, 1) (default 0.2, evotorch)
 * @param learningRate the mean optimiser's step size (default constant 0.075 = maxSpeed/2 for ClipUp)
 * @param optimizer the mean optimiser (default {@code ClipUp(0.9, 0.15)})
 * @param shaping fitness shaping (default centred ranks)
 */
public record PgpeConfig(int pairs, double initialSigma, double sigmaLearningRate, double sigmaMaxChange,
                         Schedule learningRate, Optimizer optimizer, FitnessShaping shaping) implements StrategyConfig {
    public PgpeConfig {
        if (pairs < 1) throw new IllegalArgumentException("pgpe.pairs must be >= 1, got " + pairs);
        if (!(initialSigma > 0 && Double.isFinite(initialSigma))) {
            throw new IllegalArgumentException("pgpe.initialSigma must be finite and > 0, got " + initialSigma);
        }
        if (!(sigmaLearningRate >= 0 && Double.isFinite(sigmaLearningRate))) {
            throw new IllegalArgumentException("pgpe.sigmaLearningRate must be finite and >= 0, got " + sigmaLearningRate);
        }
        if (!(sigmaMaxChange > 0 && sigmaMaxChange < 1)) {
            throw new IllegalArgumentException("pgpe.sigmaMaxChange must be in (0, 1), got " + sigmaMaxChange);
        }
        if (learningRate == null) throw new IllegalArgumentException("pgpe.learningRate is missing");
        if (optimizer == null) throw new IllegalArgumentException("pgpe.optimizer is missing");
        if (shaping == null) throw new IllegalArgumentException("pgpe.shaping is missing");
    }

    public static PgpeConfig defaults() {
        return new PgpeConfig(32, 0.05, 0.1, 0.2, Schedule.constant(0.075), ClipUp.withMaxSpeed(0.15),
                FitnessShaping.CENTERED_RANK);
    }

    public PgpeConfig withPairs(int value) {
        return new PgpeConfig(value, initialSigma, sigmaLearningRate, sigmaMaxChange, learningRate, optimizer, shaping);
    }

    public PgpeConfig withInitialSigma(double value) {
        return new PgpeConfig(pairs, value, sigmaLearningRate, sigmaMaxChange, learningRate, optimizer, shaping);
    }

    public PgpeConfig withLearningRate(Schedule value) {
        return new PgpeConfig(pairs, initialSigma, sigmaLearningRate, sigmaMaxChange, value, optimizer, shaping);
    }

    public PgpeConfig withOptimizer(Optimizer value) {
        return new PgpeConfig(pairs, initialSigma, sigmaLearningRate, sigmaMaxChange, learningRate, value, shaping);
    }

    @Override
    public EvolutionStrategy build(NoiseTable noise, long seed) {
        return new Pgpe(this, noise, seed);
    }
}
