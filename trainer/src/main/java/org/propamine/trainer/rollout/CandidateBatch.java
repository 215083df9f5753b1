package org.propamine.trainer.rollout;

import java.io.Serializable;
import org.propamine.trainer.es.NoiseTable;

/**
 * The candidates a {@link RolloutPool} evaluates: parameters and episode seeds by index (thread-safe reads).
 * A batch is a small message — the generation's mean, σ and noise indices, never the candidates themselves —
 * so it can be sent once per generation to every cluster member, which rebuilds each candidate from the
 * run's shared {@link NoiseTable}.
 */
public interface CandidateBatch extends Serializable {

    /** Number of candidates. */
    int size();

    /**
     * Writes candidate {@code k}'s parameters into {@code dest}. Called concurrently from worker threads.
     *
     * @param noise the run's shared noise table ({@code null} when the pool was built without one)
     */
    void parameters(int k, NoiseTable noise, double[] dest);

    /** The env seed of episode {@code episode} of candidate {@code k}. */
    long episodeSeed(int k, int episode);
}
