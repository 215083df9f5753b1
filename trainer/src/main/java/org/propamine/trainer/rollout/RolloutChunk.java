package org.propamine.trainer.rollout;

import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * A contiguous range {@code [from, to)} of a job's (candidate, episode) tasks — the unit of work a
 * {@link RolloutPool} hands to a thread or a cluster member. The same object runs locally and remotely: it
 * carries only ids, the range and the run's shared-secret token; the member it lands on binds it to its own
 * {@link RunRollouts} (locally the pool does, on a cluster member the member's managed context does), which
 * rebuilds the candidates from the job's mean and the shared noise table.
 *
 * <p>The binding is transient: a chunk always travels unbound. The token is not written after construction.
 */
public final class RolloutChunk implements Callable<ChunkResult>, Serializable {
    private static final long serialVersionUID = 1L;

    private final String runId;
    private final long jobId;
    private final int from;
    private final int to;
    private final byte[] token;
    private transient RunRollouts rollouts;
    private transient String member;
    private transient String refusal;

    /**
     * @param runId the run
     * @param jobId the job within the run
     * @param from first task (inclusive, ≥ 0)
     * @param to last task (exclusive, {@code > from})
     * @param token the run's shared secret (empty when none), checked by the member before any work
     */
    public RolloutChunk(String runId, long jobId, int from, int to, byte[] token) {
        if (from < 0 || to <= from) throw new IllegalArgumentException("chunk range [" + from + ", " + to + ") is empty or negative");
        this.runId = runId;
        this.jobId = jobId;
        this.from = from;
        this.to = to;
        this.token = token == null ? new byte[0] : token;
    }

    public String runId() {
        return runId;
    }

    public long jobId() {
        return jobId;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    /** The token as sent (not a copy; do not write). */
    public byte[] token() {
        return token;
    }

    /** Number of tasks. */
    public int size() {
        return to - from;
    }

    /**
     * Binds this chunk to the member that runs it: {@code rollouts} when the member accepts the chunk, else
     * {@code null} and the reason in {@code refusal}. Returns this chunk.
     */
    public RolloutChunk bind(RunRollouts rollouts, String member, String refusal) {
        this.rollouts = rollouts;
        this.member = member;
        this.refusal = refusal;
        return this;
    }

    /** Runs the chunk on the member it is bound to; every failure comes back as {@link ChunkResult#error()}. */
    @Override
    public ChunkResult call() {
        if (member == null) return ChunkResult.failed(this, "?", "the member has no propamine rollout context");
        if (rollouts == null) return ChunkResult.failed(this, member, refusal);
        return rollouts.run(this, member);
    }

    @Override
    public String toString() {
        return "chunk " + runId + "/" + jobId + " [" + from + ", " + to + ")";
    }
}
