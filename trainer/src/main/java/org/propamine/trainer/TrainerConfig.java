package org.propamine.trainer;

import org.propamine.trainer.es.NoiseTable;
import org.propamine.trainer.es.OpenEsConfig;
import org.propamine.trainer.es.StrategyConfig;
import org.propamine.trainer.rollout.RolloutConfig;

/**
 * Everything that defines an ES training run, as one tree of records (OpenAI ES's experiment JSON);
 * {@link TrainerConfigJson} reads and writes it. Results depend on every field except {@code threads},
 * {@code stop} and {@code checkpoint}.
 *
 * @param seed run seed: noise table, noise indices, episode seeds all derive from it (default 1)
 * @param strategy the evolution strategy and its hyper-parameters (default OpenAI-ES defaults)
 * @param rollout how candidates are scored (default {@link RolloutConfig#defaults()})
 * @param evaluation periodic evaluation of the mean (default every 10 generations, 5 episodes)
 * @param stop stopping rules (default 1000 generations)
 * @param checkpoint checkpoint cadence and retention (default every 10, keep 3)
 * @param noiseTableSize entries of the shared noise table (≥ 1; default 2^24)
 * @param normalizeObservations whether the policy sees observations normalised by running statistics
 *                              gathered from all training rollouts (default false)
 * @param threads rollout threads (≥ 0; 0 = all processors; default 0)
 */
public record TrainerConfig(long seed, StrategyConfig strategy, RolloutConfig rollout, EvaluationConfig evaluation,
                            StopConfig stop, CheckpointConfig checkpoint, int noiseTableSize,
                            boolean normalizeObservations, int threads) {
    public TrainerConfig {
        if (strategy == null) throw new IllegalArgumentException("trainer.strategy is missing");
        if (rollout == null) throw new IllegalArgumentException("trainer.rollout is missing");
        if (evaluation == null) throw new IllegalArgumentException("trainer.evaluation is missing");
        if (stop == null) throw new IllegalArgumentException("trainer.stop is missing");
        if (checkpoint == null) throw new IllegalArgumentException("trainer.checkpoint is missing");
        if (noiseTableSize < 1) throw new IllegalArgumentException("trainer.noiseTableSize must be >= 1, got " + noiseTableSize);
        if (threads < 0) throw new IllegalArgumentException("trainer.threads must be >= 0 (0 = all processors), got " + threads);
    }

    public static TrainerConfig defaults() {
        return new TrainerConfig(1, OpenEsConfig.defaults(), RolloutConfig.defaults(), EvaluationConfig.defaults(),
                StopConfig.defaults(), CheckpointConfig.defaults(), NoiseTable.DEFAULT_SIZE, false, 0);
    }

    public TrainerConfig withSeed(long value) {
        return new TrainerConfig(value, strategy, rollout, evaluation, stop, checkpoint, noiseTableSize, normalizeObservations, threads);
    }

    public TrainerConfig withStrategy(StrategyConfig value) {
        return new TrainerConfig(seed, value, rollout, evaluation, stop, checkpoint, noiseTableSize, normalizeObservations, threads);
    }

    public TrainerConfig withRollout(RolloutConfig value) {
        return new TrainerConfig(seed, strategy, value, evaluation, stop, checkpoint, noiseTableSize, normalizeObservations, threads);
    }

    public TrainerConfig withEvaluation(EvaluationConfig value) {
        return new TrainerConfig(seed, strategy, rollout, value, stop, checkpoint, noiseTableSize, normalizeObservations, threads);
    }

    public TrainerConfig withStop(StopConfig value) {
        return new TrainerConfig(seed, strategy, rollout, evaluation, value, checkpoint, noiseTableSize, normalizeObservations, threads);
    }

    public TrainerConfig withCheckpoint(CheckpointConfig value) {
        return new TrainerConfig(seed, strategy, rollout, evaluation, stop, value, noiseTableSize, normalizeObservations, threads);
    }

    public TrainerConfig withNoiseTableSize(int value) {
        return new TrainerConfig(seed, strategy, rollout, evaluation, stop, checkpoint, value, normalizeObservations, threads);
    }

    public TrainerConfig withNormalizeObservations(boolean value) {
        return new TrainerConfig(seed, strategy, rollout, evaluation, stop, checkpoint, noiseTableSize, value, threads);
    }

    public TrainerConfig withThreads(int value) {
        return new TrainerConfig(seed, strategy, rollout, evaluation, stop, checkpoint, noiseTableSize, normalizeObservations, value);
    }
}
