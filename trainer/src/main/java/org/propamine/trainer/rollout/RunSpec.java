package org.propamine.trainer.rollout;

import java.io.Serializable;
import org.propamine.trainer.es.NoiseTable;

/**
 * What a member needs once per run to evaluate any of its chunks: the env/policy setup and the shared noise
 * table's (seed, size), from which it regenerates the table bit for bit ({@link NoiseTable#generate}).
 *
 * @param runId the run's id (unique within the cluster; the trainer member's id)
 * @param setup the env and policy factories
 * @param noiseSeed seed of the shared noise table
 * @param noiseSize entries of the shared noise table (≥ 1)
 */
public record RunSpec(String runId, RolloutSetup setup, long noiseSeed, int noiseSize) implements Serializable {
    public RunSpec {
        if (runId == null || runId.isEmpty()) throw new IllegalArgumentException("runId must not be empty");
        if (setup == null) throw new IllegalArgumentException("run " + runId + ": setup is missing");
        if (noiseSize < 1) throw new IllegalArgumentException("run " + runId + ": noiseSize must be >= 1, got " + noiseSize);
    }
}
