package org.propamine.trainer.es;

/**
 * OpenAI-ES (Salimans, Ho, Chen, Sidor &amp; Sutskever 2017, "Evolution Strategies as a Scalable Alternative to
 * Reinforcement Learning"): isotropic Gaussian search with antithetic pairs, shaped fitness and a first-order
 * optimiser on the estimate of ∇θ E[F(θ + σε)].
 *
 * <p>With N = 2P candidates, weights w_k (shaped fitness), unit noise z_p of pair p and sign s_k:
 * <pre>
 *   g = 1/(N σ) · Σ_k w_k s_k z_{p(k)} = 1/(N σ) · Σ_p (w_p⁺ − w_p⁻) z_p
 *   θ ← optimizer(θ, g − λ θ, lr(t)),   σ ← σ(t + 1)
 * </pre>
 * λ is the L2 weight decay; σ(t) and lr(t) are {@link Schedule}s.
 */
public final class OpenEs extends AbstractStrategy {
    private final OpenEsConfig config;

    public OpenEs(OpenEsConfig config, NoiseTable noise, long seed) {
        super(noise, seed, config.pairs(), config.shaping());
        this.config = config;
    }

    public OpenEsConfig config() {
        return config;
    }

    @Override
    protected Distribution initialDistribution(double[] mean) {
        return new Distribution(mean, new double[] {config.sigma().at(0)}, config.optimizer().init(mean.length));
    }

    /** The ascent direction {@code g − λθ} of the equation above (a fresh array). */
    public double[] gradient(StrategyState state, Population population, double[] weights) {
        int dim = state.dimension();
        double[] g = new double[dim];
        for (int p = 0; p < population.pairs(); p++) {
            noise.addScaled(weights[2 * p] - weights[2 * p + 1], population.noiseIndices()[p], g);
        }
        double scale = 1.0 / (population.size() * population.sigma()[0]);
        double[] theta = state.mean();
        for (int i = 0; i < dim; i++) g[i] = g[i] * scale - config.weightDecay() * theta[i];
        return g;
    }

    @Override
    protected Distribution updateDistribution(StrategyState state, Population population, double[] weights) {
        double[] g = gradient(state, population, weights);
        double[] mean = new double[state.dimension()];
        OptimizerState opt = config.optimizer().update(state.optimizer(), state.mean(), g,
                config.learningRate().at(state.generation()), mean);
        return new Distribution(mean, new double[] {config.sigma().at(state.generation() + 1)}, opt);
    }
}
