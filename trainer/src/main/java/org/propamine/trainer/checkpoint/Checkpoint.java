package org.propamine.trainer.checkpoint;

import org.propamine.trainer.TrainerConfig;
import org.propamine.trainer.TrainerConfigJson;
import org.propamine.trainer.TrainerState;

/**
 * Everything needed to continue a run exactly: the resolved config (JSON), the run and noise-table seeds and
 * size, and the {@link TrainerState} (parameters, σ, optimiser moments, generation — which with the seed fixes
 * every later random draw —, best-so-far, observation statistics, counters).
 *
 * @param configJson the resolved {@link TrainerConfig} as JSON ({@link TrainerConfigJson})
 * @param runSeed the config's seed
 * @param noiseSeed the noise table's seed
 * @param noiseSize the noise table's size
 * @param state the trainer state after generation {@code state.generation()}
 */
public record Checkpoint(String configJson, long runSeed, long noiseSeed, int noiseSize, TrainerState state) {
    public Checkpoint {
        if (configJson == null || state == null) throw new IllegalArgumentException("checkpoint needs a config and a state");
    }

    /** The checkpoint of {@code state} in a run configured by {@code config} with noise table seed {@code noiseSeed}. */
    public static Checkpoint of(TrainerConfig config, long noiseSeed, TrainerState state) {
        return new Checkpoint(TrainerConfigJson.write(config), config.seed(), noiseSeed, config.noiseTableSize(), state);
    }

    public long generation() {
        return state.generation();
    }

    /**
     * The saved state, after checking that it belongs to a run configured like {@code config} (same seed and
     * noise table; other fields such as stop rules may differ). Pass it to
     * {@code new Trainer(config, envs, policies, state)} to continue exactly.
     */
    public TrainerState stateFor(TrainerConfig config) {
        if (config.seed() != runSeed) {
            throw new IllegalArgumentException("resume: config seed " + config.seed() + " differs from the checkpoint's " + runSeed);
        }
        if (config.noiseTableSize() != noiseSize) {
            throw new IllegalArgumentException("resume: config noiseTableSize " + config.noiseTableSize()
                    + " differs from the checkpoint's " + noiseSize);
        }
        return state;
    }

    /** The saved config. */
    public TrainerConfig config() {
        return TrainerConfigJson.read(configJson, "checkpoint config");
    }
}
