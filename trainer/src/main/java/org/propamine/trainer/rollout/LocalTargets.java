package org.propamine.trainer.rollout;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * The default {@link RolloutTargets}: one target, {@code local}, a fixed pool of daemon threads running chunks
 * on this process's {@link RunRollouts}. Never starts anything networked.
 */
public final class LocalTargets implements RolloutTargets {
    /** The member name of local results. */
    public static final String NAME = "local";

    private final RunRollouts rollouts;
    private final ExecutorService executor;
    private final Target target;

    /**
     * @param threads worker threads (≥ 1)
     */
    public LocalTargets(RunRollouts rollouts, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        this.rollouts = rollouts;
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rollout-" + counter.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
        this.target = new Target(NAME, threads, threads, null);
    }

    @Override
    public List<Target> targets() {
        return List.of(target);
    }

    @Override
    public void publish(RolloutJob job) {
        // the pool offers every job to its own RunRollouts
    }

    @Override
    public void retire(RolloutJob job) {
        // nothing was published
    }

    @Override
    public void submit(RolloutChunk chunk, Target t, BiConsumer<ChunkResult, Throwable> done) {
        executor.execute(() -> {
            ChunkResult r;
            try {
                r = chunk.bind(rollouts, NAME, null).call();
            } catch (RuntimeException | Error e) {
                done.accept(null, e);
                return;
            }
            done.accept(r, null);
        });
    }

    @Override
    public boolean lost(Throwable failure) {
        return false;
    }

    @Override
    public byte[] token() {
        return new byte[0];
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
