package org.propamine.trainer.rollout;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Where a {@link RolloutPool}'s chunks run. Two implementations share the pool's one code path: the local
 * thread pool ({@link LocalTargets}, an {@link java.util.concurrent.ExecutorService} of threads) and the members
 * of a Hazelcast cluster ({@code org.propamine.trainer.cluster.ClusterTargets}, Hazelcast's
 * {@code IExecutorService}); both run the same {@link RolloutChunk} objects.
 */
public interface RolloutTargets extends AutoCloseable {

    /**
     * One place chunks can go.
     *
     * @param name the member's name in results ({@code local}, or its address)
     * @param threads rollout threads it runs (≥ 1)
     * @param slots chunks the pool keeps outstanding on it (≥ threads)
     * @param handle the implementation's own handle (e.g. a cluster member)
     */
    record Target(String name, int threads, int slots, Object handle) {
        public Target {
            if (threads < 1 || slots < threads) throw new IllegalArgumentException("target " + name + ": threads " + threads + ", slots " + slots);
        }
    }

    /** The targets of the next job (a cluster re-reads its members, so members may join between jobs). */
    List<Target> targets();

    /** Makes {@code job} readable by every target, before any of its chunks is submitted. */
    void publish(RolloutJob job);

    /** {@code job} is finished (or abandoned): its published copies may go. */
    void retire(RolloutJob job);

    /** Runs {@code chunk} on {@code target} and calls {@code done} exactly once, with a result or a failure. */
    void submit(RolloutChunk chunk, Target target, BiConsumer<ChunkResult, Throwable> done);

    /** True when {@code failure} means the target left: the pool drops it and resubmits its chunks elsewhere. */
    boolean lost(Throwable failure);

    /** The run's shared-secret token that chunks carry (empty when none). */
    byte[] token();

    @Override
    void close();
}
