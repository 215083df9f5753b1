package org.propamine.trainer.rollout;

import java.io.Serializable;

/**
 * One {@link RolloutPool#evaluate} call as a message: what every member needs, besides the run's
 * {@link RunSpec}, to run any of its chunks. Sent once per member (cluster: through a map keyed by run and job
 * id, cached by each member), never once per chunk.
 *
 * <p>Array ownership: the normaliser arrays are computed by the pool for this job and never written after.
 *
 * @param id the job's number within its run (0, 1, ...)
 * @param batch the candidates
 * @param config episodes per candidate, step cap, fitness kind
 * @param normMean observation mean the policies normalise with, or {@code null} for raw observations
 * @param normInvStd 1/std of the normaliser ({@code null} iff {@code normMean} is)
 * @param collect whether the chunks return observation sums for the running statistics
 */
public record RolloutJob(long id, CandidateBatch batch, RolloutConfig config, double[] normMean, double[] normInvStd,
                         boolean collect) implements Serializable {
    public RolloutJob {
        if (batch == null || config == null) throw new IllegalArgumentException("a rollout job needs a batch and a config");
        if ((normMean == null) != (normInvStd == null)) throw new IllegalArgumentException("normMean and normInvStd go together");
    }

    /** Number of (candidate, episode) tasks: task {@code t} is episode {@code t % episodes} of candidate {@code t / episodes}. */
    public int tasks() {
        return batch.size() * config.episodes();
    }
}
