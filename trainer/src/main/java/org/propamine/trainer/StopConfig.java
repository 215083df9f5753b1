package org.propamine.trainer;

import java.util.ArrayList;
import java.util.List;

/**
 * When a run stops (any of the set conditions).
 *
 * @param maxGenerations stop once this many generations are complete (≥ 1; default 1000)
 * @param targetFitness stop once the evaluation fitness reaches this (NaN = no target; default NaN)
 * @param timeBudgetSeconds stop once the run's wall time reaches this (0 = no budget; default 0)
 */
public record StopConfig(long maxGenerations, double targetFitness, double timeBudgetSeconds) {
    public StopConfig {
        if (maxGenerations < 1) throw new IllegalArgumentException("stop.maxGenerations must be >= 1, got " + maxGenerations);
        if (Double.isInfinite(targetFitness)) throw new IllegalArgumentException("stop.targetFitness must be finite or NaN (none)");
        if (!(timeBudgetSeconds >= 0 && Double.isFinite(timeBudgetSeconds))) {
            throw new IllegalArgumentException("stop.timeBudgetSeconds must be finite and >= 0 (0 = none), got " + timeBudgetSeconds);
        }
    }

    public static StopConfig defaults() {
        return new StopConfig(1000, Double.NaN, 0);
    }

    public StopConfig withMaxGenerations(long value) {
        return new StopConfig(value, targetFitness, timeBudgetSeconds);
    }

    /** The predicates these settings describe. */
    public List<Stop> predicates() {
        List<Stop> stops = new ArrayList<>();
        stops.add(Stop.afterGenerations(maxGenerations));
        if (!Double.isNaN(targetFitness)) stops.add(Stop.onEvaluationFitness(targetFitness));
        if (timeBudgetSeconds > 0) stops.add(Stop.afterSeconds(timeBudgetSeconds));
        return stops;
    }
}
