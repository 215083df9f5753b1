package org.propamine.trainer.es;

/**
 * PGPE, policy gradients with parameter-based exploration (Sehnke et al. 2010), with symmetric sampling,
 * per-parameter σ and the ClipUp optimiser on the mean (Toklu et al. 2020, as in evotorch).
 *
 * <p>Pair p samples ε_p = σ ⊙ z_p and evaluates θ ± ε_p, with shaped fitness w_p⁺, w_p⁻:
 * <pre>
 *   g_θ = 1/P · Σ_p (w_p⁺ − w_p⁻)/2 · ε_p
 *   g_σ = 1/P · Σ_p ((w_p⁺ + w_p⁻)/2 − b) · (ε_p² − σ²)/σ,   b = mean of all w
 *   θ ← optimizer(θ, g_θ, lr(t))
 *   σ ← σ + clip(η_σ g_σ, −c σ, +c σ)    (c = sigmaMaxChange)
 * </pre>
 */
public final class Pgpe extends AbstractStrategy {
    private final PgpeConfig config;

    public Pgpe(PgpeConfig config, NoiseTable noise, long seed) {
        super(noise, seed, config.pairs(), config.shaping());
        this.config = config;
    }

    public PgpeConfig config() {
        return config;
    }

    @Override
    protected Distribution initialDistribution(double[] mean) {
        double[] sigma = new double[mean.length];
        java.util.Arrays.fill(sigma, config.initialSigma());
        return new Distribution(mean, sigma, config.optimizer().init(mean.length));
    }

    @Override
    protected Distribution updateDistribution(StrategyState state, Population population, double[] weights) {
        int dim = state.dimension();
        int pairs = population.pairs();
        double[] sigma = state.sigma();
        double baseline = 0;
        for (double w : weights) baseline += w;
        baseline /= weights.length;
        double[] gMean = new double[dim];
        double[] gSigma = new double[dim];
        for (int p = 0; p < pairs; p++) {
            double diff = (weights[2 * p] - weights[2 * p + 1]) / 2;
            double avg = (weights[2 * p] + weights[2 * p + 1]) / 2 - baseline;
            int index = population.noiseIndices()[p];
            for (int i = 0; i < dim; i++) {
                double eps = sigma[i] * noise.get(index + i);
                gMean[i] += diff * eps;
                gSigma[i] += avg * (eps * eps - sigma[i] * sigma[i]) / sigma[i];
            }
        }
        double[] nextSigma = new double[dim];
        double c = config.sigmaMaxChange();
        for (int i = 0; i < dim; i++) {
            gMean[i] /= pairs;
            double delta = config.sigmaLearningRate() * gSigma[i] / pairs;
            nextSigma[i] = sigma[i] + Math.max(-c * sigma[i], Math.min(c * sigma[i], delta));
        }
        double[] mean = new double[dim];
        OptimizerState opt = config.optimizer().update(state.optimizer(), state.mean(), gMean,
                config.learningRate().at(state.generation()), mean);
        return new Distribution(mean, nextSigma, opt);
    }
}
