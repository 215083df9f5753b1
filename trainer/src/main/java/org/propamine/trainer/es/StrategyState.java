package org.propamine.trainer.es;

/**
 * The complete, immutable state of an {@link EvolutionStrategy} between generations (evosax's
 * {@code EvoState}). Everything random in a generation derives from (run seed, {@code generation}) through
 * {@link Seeds}, so this record plus the strategy's config restores a run exactly.
 *
 * <p>Array ownership: no array is written after construction; a strategy's {@code tell} builds new ones.
 *
 * @param generation number of completed {@code tell}s (≥ 0)
 * @param mean the search distribution's mean (the current solution)
 * @param sigma σ, length 1 (isotropic, OpenAI-ES) or dim (PGPE, per-parameter)
 * @param optimizer the mean optimiser's moments
 * @param bestFitness best raw candidate fitness seen so far ({@code −∞} before the first tell)
 * @param best the parameters of that candidate (the initial mean before the first tell)
 */
public record StrategyState(long generation, double[] mean, double[] sigma, OptimizerState optimizer,
                            double bestFitness, double[] best) {
    public StrategyState {
        if (generation < 0) throw new IllegalArgumentException("generation must be >= 0, got " + generation);
        if (sigma.length != 1 && sigma.length != mean.length) {
            throw new IllegalArgumentException("sigma has " + sigma.length + " entries, expected 1 or " + mean.length);
        }
        if (best.length != mean.length) throw new IllegalArgumentException("best has " + best.length + " entries, expected " + mean.length);
        if (optimizer.first().length != mean.length) {
            throw new IllegalArgumentException("optimizer moments have " + optimizer.first().length + " entries, expected " + mean.length);
        }
        for (double s : sigma) {
            if (!(s > 0 && Double.isFinite(s))) throw new IllegalArgumentException("sigma must be finite and > 0, got " + s);
        }
    }

    public int dimension() {
        return mean.length;
    }
}
