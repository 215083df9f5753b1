package org.propamine.trainer;

/**
 * What a generation reports to {@link TrainerListener}s (one CSV row). Fitness statistics are over the
 * population's candidate fitness after diverged candidates got the worst; evaluation fields are NaN in
 * generations without evaluation. Timing fields are wall-clock and not deterministic.
 *
 * @param generation completed generations (1 after the first)
 * @param bestFitness highest candidate fitness
 * @param meanFitness mean candidate fitness
 * @param minFitness lowest candidate fitness
 * @param meanReturn mean episode return over non-diverged candidates
 * @param meanDistance mean final distance over non-diverged candidates (NaN if not reported), metres
 * @param evalFitness evaluation fitness of the mean parameters (mean over evaluation episodes)
 * @param evalReturn evaluation return
 * @param evalDistance evaluation distance, metres
 * @param sigma mean σ of the next generation's search distribution
 * @param divergedEpisodes diverged episodes in this generation
 * @param generationEnvSteps env steps of this generation's training rollouts
 * @param envSteps env steps of all training rollouts so far
 * @param wallSeconds run wall time so far (including before a resume), seconds
 * @param rolloutSeconds this generation's time in training rollouts, seconds
 * @param strategySeconds this generation's time in ask + tell (strategy math), seconds
 * @param evalSeconds this generation's time in evaluation, seconds
 * @param envStepsPerSecond this generation's training env steps / rollout seconds
 */
public record GenerationMetrics(long generation, double bestFitness, double meanFitness, double minFitness,
                                double meanReturn, double meanDistance, double evalFitness, double evalReturn,
                                double evalDistance, double sigma, int divergedEpisodes, long generationEnvSteps,
                                long envSteps, double wallSeconds, double rolloutSeconds, double strategySeconds,
                                double evalSeconds, double envStepsPerSecond) {

    /** True when this generation evaluated the mean. */
    public boolean evaluated() {
        return !Double.isNaN(evalFitness);
    }

    /** The deterministic fields (everything but timing), for reproducibility checks. */
    public double[] deterministicValues() {
        return new double[] {generation, bestFitness, meanFitness, minFitness, meanReturn, meanDistance, evalFitness,
            evalReturn, evalDistance, sigma, divergedEpisodes, generationEnvSteps, envSteps};
    }
}
