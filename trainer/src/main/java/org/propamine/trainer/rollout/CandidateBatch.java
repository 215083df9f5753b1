package org.propamine.trainer.rollout;

/** The candidates a {@link RolloutPool} evaluates: parameters and episode seeds by index (thread-safe reads). */
public interface CandidateBatch {

    /** Number of candidates. */
    int size();

    /** Writes candidate {@code k}'s parameters into {@code dest}. Called concurrently from worker threads. */
    void parameters(int k, double[] dest);

    /** The env seed of episode {@code episode} of candidate {@code k}. */
    long episodeSeed(int k, int episode);
}
