package org.propamine.trainer.es;

import java.util.SplittableRandom;

/**
 * Template for antithetic strategies (evosax {@code ask}/{@code tell} → {@code _ask}/{@code _tell}):
 * {@link #ask} draws one noise index per pair from {@link Seeds#ask}(seed, generation); {@link #tell}
 * validates, tracks the best-so-far, shapes the fitness, advances the generation counter and delegates the
 * distribution update to the hook {@link #updateDistribution}; {@link #initialDistribution} sets up σ and the
 * optimiser.
 */
public abstract class AbstractStrategy implements EvolutionStrategy {
    protected final NoiseTable noise;
    protected final long seed;
    private final int pairs;
    private final FitnessShaping shaping;

    /** The new distribution produced by {@link #updateDistribution} (fresh arrays). */
    protected record Distribution(double[] mean, double[] sigma, OptimizerState optimizer) {}

    protected AbstractStrategy(NoiseTable noise, long seed, int pairs, FitnessShaping shaping) {
        if (pairs < 1) throw new IllegalArgumentException("pairs must be >= 1, got " + pairs);
        this.noise = noise;
        this.seed = seed;
        this.pairs = pairs;
        this.shaping = shaping;
    }

    /** The first distribution around {@code mean} (evosax {@code init_strategy}): σ and the optimiser's zero state. */
    protected abstract Distribution initialDistribution(double[] mean);

    /**
     * The hook: the next distribution, from the current state, the evaluated population and the shaped
     * fitness {@code weights[k]} of each candidate k.
     */
    protected abstract Distribution updateDistribution(StrategyState state, Population population, double[] weights);

    @Override
    public final StrategyState init(double[] initialMean) {
        int dim = initialMean.length;
        noise.indexCount(dim);
        Distribution d = initialDistribution(initialMean.clone());
        return new StrategyState(0, d.mean(), d.sigma(), d.optimizer(), Double.NEGATIVE_INFINITY, initialMean.clone());
    }

    @Override
    public final Population ask(StrategyState state) {
        SplittableRandom rng = new SplittableRandom(Seeds.ask(seed, state.generation()));
        int[] indices = new int[pairs];
        for (int p = 0; p < pairs; p++) indices[p] = noise.sampleIndex(rng, state.dimension());
        return new Population(state.generation(), state.mean(), state.sigma(), indices);
    }

    @Override
    public final StrategyState tell(StrategyState state, Population population, double[] fitness) {
        if (population.generation() != state.generation()) {
            throw new IllegalArgumentException("population of generation " + population.generation()
                    + " told to a state at generation " + state.generation());
        }
        if (fitness.length != population.size()) {
            throw new IllegalArgumentException("got " + fitness.length + " fitness values for " + population.size() + " candidates");
        }
        int bestK = -1;
        for (int k = 0; k < fitness.length; k++) {
            if (!Double.isFinite(fitness[k])) throw new IllegalArgumentException("fitness of candidate " + k + " is " + fitness[k] + ", expected finite");
            if (bestK < 0 || fitness[k] > fitness[bestK]) bestK = k;
        }
        double bestFitness = state.bestFitness();
        double[] best = state.best();
        if (fitness[bestK] > bestFitness) {
            bestFitness = fitness[bestK];
            best = new double[state.dimension()];
            population.candidate(noise, bestK, best);
        }
        Distribution next = updateDistribution(state, population, shaping.shape(fitness));
        return new StrategyState(state.generation() + 1, next.mean(), next.sigma(), next.optimizer(), bestFitness, best);
    }

    @Override
    public final NoiseTable noise() {
        return noise;
    }

    @Override
    public final int pairs() {
        return pairs;
    }
}
