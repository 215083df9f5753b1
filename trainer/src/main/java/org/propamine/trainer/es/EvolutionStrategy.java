package org.propamine.trainer.es;

/**
 * An evolution strategy as ask/tell over an immutable {@link StrategyState} (evosax): {@link #ask} proposes a
 * {@link Population} of antithetic pairs; the caller evaluates each candidate; {@link #tell} returns the next
 * state. Implementations are immutable and thread-safe; calling {@code ask} twice on the same state gives
 * the same population.
 */
public interface EvolutionStrategy {

    /** The first state, centred on {@code initialMean} (copied). */
    StrategyState init(double[] initialMean);

    /** The candidates of generation {@code state.generation()}. */
    Population ask(StrategyState state);

    /**
     * The state after seeing {@code fitness[k]} for every candidate k of {@code population} (higher is better,
     * all finite).
     */
    StrategyState tell(StrategyState state, Population population, double[] fitness);

    /** The noise table candidates index into. */
    NoiseTable noise();

    /** Antithetic pairs per generation (population = 2 × pairs). */
    int pairs();
}
