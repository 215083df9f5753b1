package org.propamine.trainer.rollout;

import org.propamine.trainer.es.NoiseTable;
import org.propamine.trainer.es.Seeds;

/**
 * One parameter vector on the run's fixed evaluation episodes: candidate {@code k} is {@code params} on
 * episode {@link Seeds#evaluation}(runSeed, k) (one candidate per episode, so they run in parallel).
 *
 * <p>Array ownership: {@code params} is not written by the batch or the pool.
 *
 * @param params the parameters evaluated
 * @param runSeed the run's master seed
 * @param episodes number of evaluation episodes (≥ 1)
 */
public record EvaluationBatch(double[] params, long runSeed, int episodes) implements CandidateBatch {
    public EvaluationBatch {
        if (episodes < 1) throw new IllegalArgumentException("evaluation episodes must be >= 1, got " + episodes);
    }

    @Override
    public int size() {
        return episodes;
    }

    @Override
    public void parameters(int k, NoiseTable noise, double[] dest) {
        System.arraycopy(params, 0, dest, 0, dest.length);
    }

    @Override
    public long episodeSeed(int k, int episode) {
        return Seeds.evaluation(runSeed, k);
    }
}
