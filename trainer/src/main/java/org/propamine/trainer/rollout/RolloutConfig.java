package org.propamine.trainer.rollout;

import java.io.Serializable;

/**
 * How a candidate is scored.
 *
 * @param episodes episodes per candidate, fitness = their mean (≥ 1; default 1)
 * @param maxSteps episode cap in env steps (≥ 1; default 1000 = 50 s at 0.05 s per step)
 * @param fitness return or distance (default {@link FitnessKind#DISTANCE})
 */
public record RolloutConfig(int episodes, int maxSteps, FitnessKind fitness) implements Serializable {
    public RolloutConfig {
        if (episodes < 1) throw new IllegalArgumentException("rollout.episodes must be >= 1, got " + episodes);
        if (maxSteps < 1) throw new IllegalArgumentException("rollout.maxSteps must be >= 1, got " + maxSteps);
        if (fitness == null) throw new IllegalArgumentException("rollout.fitness is missing, expected RETURN or DISTANCE");
    }

    public static RolloutConfig defaults() {
        return new RolloutConfig(1, 1000, FitnessKind.DISTANCE);
    }

    public RolloutConfig withEpisodes(int value) {
        return new RolloutConfig(value, maxSteps, fitness);
    }

    public RolloutConfig withMaxSteps(int value) {
        return new RolloutConfig(episodes, value, fitness);
    }

    public RolloutConfig withFitness(FitnessKind value) {
        return new RolloutConfig(episodes, maxSteps, value);
    }
}
