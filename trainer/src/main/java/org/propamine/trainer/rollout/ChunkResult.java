package org.propamine.trainer.rollout;

import java.io.Serializable;

/**
 * What a member sends back for a {@link RolloutChunk}: per task {@code t} in {@code [from, from + n)} — which
 * is episode {@code t % episodes} of candidate {@code k = t / episodes}, i.e. noise index of pair {@code k/2}
 * with sign {@code +} for even k — the episode's return, final distance, steps, divergence flag and, when the
 * job collects them, the raw observation sums. Or an error message (then every array is empty).
 *
 * <p>Arrays are owned by this record and not written after construction.
 *
 * @param from first task of the chunk
 * @param returns episode return per task
 * @param distances final {@code info["distance"]} per task (NaN when not reported)
 * @param steps env steps per task
 * @param diverged per task
 * @param observed observations summed per task (0 when not collected)
 * @param sum per task, the sum of the raw observations ({@code null} when not collected)
 * @param sumSq per task, the sum of their squares ({@code null} when not collected)
 * @param member the member that ran the chunk (its address, or {@code local})
 * @param error {@code null}, or why the chunk failed (one line)
 */
public record ChunkResult(int from, double[] returns, double[] distances, int[] steps, boolean[] diverged,
                          long[] observed, double[][] sum, double[][] sumSq, String member, String error)
        implements Serializable {

    /** Number of tasks in the result (0 for a failure). */
    public int size() {
        return returns.length;
    }

    /** A failed chunk. */
    public static ChunkResult failed(RolloutChunk chunk, String member, String error) {
        return new ChunkResult(chunk.from(), new double[0], new double[0], new int[0], new boolean[0], new long[0],
                null, null, member, error == null ? "failed" : error);
    }
}
