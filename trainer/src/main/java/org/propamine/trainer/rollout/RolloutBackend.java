package org.propamine.trainer.rollout;

import org.propamine.trainer.es.NoiseTable;

/**
 * Opens the {@link RolloutPool} of a run: {@link #LOCAL} (threads of this process, the default; never starts
 * anything networked) or a cluster member ({@code org.propamine.trainer.cluster.ClusterMember}), which
 * distributes the run's {@link RunSpec} once and evaluates on every member.
 */
public interface RolloutBackend {

    /** A local thread pool. */
    RolloutBackend LOCAL = (setup, noise, threads) -> new RolloutPool(setup.envs(), setup.policies(), threads, noise);

    /**
     * The pool of a run.
     *
     * @param setup how members build envs and policies (must be serialisable for a cluster)
     * @param noise the run's shared noise table (its seed and size are what other members receive)
     * @param threads local rollout threads (≥ 0; 0 = all processors); a cluster member keeps the thread count
     *                it was started with
     */
    RolloutPool open(RolloutSetup setup, NoiseTable noise, int threads);
}
