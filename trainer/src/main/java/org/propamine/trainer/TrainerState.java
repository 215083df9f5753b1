package org.propamine.trainer;

import org.propamine.trainer.es.StrategyState;
import org.propamine.trainer.rollout.ObservationStats;

/**
 * The complete state of an ES run between generations; with the {@link TrainerConfig} it restores the run
 * exactly (every random draw derives from the config's seed and {@code strategy.generation()}).
 *
 * <p>Array ownership: arrays are never written after construction.
 *
 * @param strategy the strategy state (mean, σ, optimiser moments, generation, best candidate)
 * @param observationStats observation statistics, or {@code null} when normalisation is off
 * @param envSteps env steps of all training rollouts so far (evaluations excluded)
 * @param divergedEpisodes diverged training episodes so far
 * @param wallSeconds wall time spent in generations so far (including before a resume)
 * @param bestEvalFitness best evaluation fitness of the mean so far ({@code −∞} before the first)
 * @param bestEvalParams the mean parameters that scored it (the initial mean before the first)
 */
public record TrainerState(StrategyState strategy, ObservationStats observationStats, long envSteps,
                           long divergedEpisodes, double wallSeconds, double bestEvalFitness, double[] bestEvalParams) {
    public TrainerState {
        if (strategy == null) throw new IllegalArgumentException("trainer state needs a strategy state");
        if (envSteps < 0 || divergedEpisodes < 0) throw new IllegalArgumentException("trainer state counters must be >= 0");
        if (bestEvalParams.length != strategy.dimension()) {
            throw new IllegalArgumentException("bestEvalParams has " + bestEvalParams.length + " entries, expected " + strategy.dimension());
        }
    }

    /** Completed generations. */
    public long generation() {
        return strategy.generation();
    }

    /** The current mean parameters (do not modify). */
    public double[] mean() {
        return strategy.mean();
    }
}
