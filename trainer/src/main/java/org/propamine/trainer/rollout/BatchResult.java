package org.propamine.trainer.rollout;

import java.util.Map;

/**
 * The outcome of evaluating a {@link CandidateBatch}: per candidate the fitness used by the strategy
 * (mean over episodes; diverged candidates get the batch's worst), the mean return and mean final distance,
 * and whether any of its episodes diverged; plus totals.
 *
 * <p>Arrays are owned by this record and not written after construction.
 *
 * @param fitness per candidate, finite
 * @param returns mean episode return per candidate (NaN if diverged)
 * @param distances mean final {@code info["distance"]} per candidate (NaN if diverged or not reported)
 * @param diverged per candidate, true if any episode diverged
 * @param divergedEpisodes number of diverged episodes in the batch
 * @param envSteps env steps taken by the batch
 * @param observed observation statistics gathered by this batch alone ({@code null} when not collected)
 * @param episodesByMember episodes each member ran ({@code local}, or cluster member addresses), sorted by name
 */
public record BatchResult(double[] fitness, double[] returns, double[] distances, boolean[] diverged,
                          int divergedEpisodes, long envSteps, ObservationStats observed,
                          Map<String, Integer> episodesByMember) {

    public int size() {
        return fitness.length;
    }

    /** Mean of {@code values} over finite entries (NaN when none). */
    public static double finiteMean(double[] values) {
        double s = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
