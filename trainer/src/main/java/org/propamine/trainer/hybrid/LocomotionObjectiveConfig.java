package org.propamine.trainer.hybrid;

import org.propamine.trainer.rollout.RolloutConfig;

/**
 * Settings of a {@link LocomotionObjective}: how the true return is measured and how the policy-gradient
 * surrogate is estimated.
 *
 * @param seed             run seed: episode, evaluation and exploration seeds derive from it (default 1)
 * @param rollout          fitness episodes of the deterministic controller: episodes per candidate, length cap and
 *                         fitness kind (distance in metres or return; default {@link RolloutConfig#defaults()})
 * @param evalEpisodes     fixed evaluation episodes of the mean (≥ 1, default 4)
 * @param gradientEpisodes M, exploration episodes per surrogate gradient (≥ 2: the baseline is their mean; default 4)
 * @param gradientSteps    length cap of an exploration episode in env steps (≥ 1, default 200 = 10 s); may be
 *                         shorter than the fitness episodes
 * @param explorationSigma σ_e, standard deviation of the Gaussian exploration in action units (> 0, default 0.1;
 *                         actions are tanh outputs in [−1, 1])
 * @param discount         γ of the reward-to-go, in [0, 1] (default 0.99, a horizon of ~100 steps = 5 s)
 * @param threads          worker threads for rollouts and exploration episodes (≥ 0; 0 = all processors; default 0);
 *                         results do not depend on it
 */
public record LocomotionObjectiveConfig(long seed, RolloutConfig rollout, int evalEpisodes, int gradientEpisodes,
                                        int gradientSteps, double explorationSigma, double discount, int threads) {

    public LocomotionObjectiveConfig {
        if (rollout == null) throw new IllegalArgumentException("rollout is missing");
        if (evalEpisodes < 1) throw new IllegalArgumentException("evalEpisodes is " + evalEpisodes + ", expected >= 1");
        if (gradientEpisodes < 2) {
            throw new IllegalArgumentException("gradientEpisodes is " + gradientEpisodes + ", expected >= 2 (the baseline is their mean)");
        }
        if (gradientSteps < 1) throw new IllegalArgumentException("gradientSteps is " + gradientSteps + ", expected >= 1");
        if (!(explorationSigma > 0 && Double.isFinite(explorationSigma))) {
            throw new IllegalArgumentException("explorationSigma is " + explorationSigma + ", expected a finite value > 0");
        }
        if (!(discount >= 0 && discount <= 1)) throw new IllegalArgumentException("discount is " + discount + ", expected a value in [0, 1]");
        if (threads < 0) throw new IllegalArgumentException("threads is " + threads + ", expected >= 0 (0 = all processors)");
    }

    public static LocomotionObjectiveConfig defaults() {
        return new LocomotionObjectiveConfig(1, RolloutConfig.defaults(), 4, 4, 200, 0.1, 0.99, 0);
    }

    public LocomotionObjectiveConfig withSeed(long value) {
        return new LocomotionObjectiveConfig(value, rollout, evalEpisodes, gradientEpisodes, gradientSteps, explorationSigma, discount, threads);
    }

    public LocomotionObjectiveConfig withRollout(RolloutConfig value) {
        return new LocomotionObjectiveConfig(seed, value, evalEpisodes, gradientEpisodes, gradientSteps, explorationSigma, discount, threads);
    }

    public LocomotionObjectiveConfig withGradient(int episodes, int steps, double sigma) {
        return new LocomotionObjectiveConfig(seed, rollout, evalEpisodes, episodes, steps, sigma, discount, threads);
    }

    public LocomotionObjectiveConfig withThreads(int value) {
        return new LocomotionObjectiveConfig(seed, rollout, evalEpisodes, gradientEpisodes, gradientSteps, explorationSigma, discount, value);
    }
}
