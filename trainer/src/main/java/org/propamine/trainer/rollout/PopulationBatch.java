package org.propamine.trainer.rollout;

import org.propamine.trainer.es.NoiseTable;
import org.propamine.trainer.es.Population;
import org.propamine.trainer.es.Seeds;

/**
 * A generation's training candidates: candidate {@code k} is {@code mean + sign_k·σ ⊙ noise[index[k/2] …]}
 * ({@link Population#candidate}) and its episode {@code e} is seeded {@link Seeds#episode}(runSeed, generation,
 * k/2, e), so antithetic twins meet the same episodes (common random numbers).
 *
 * @param population the generation's mean, σ and noise indices
 * @param runSeed the run's master seed
 */
public record PopulationBatch(Population population, long runSeed) implements CandidateBatch {

    @Override
    public int size() {
        return population.size();
    }

    @Override
    public void parameters(int k, NoiseTable noise, double[] dest) {
        if (noise == null) throw new IllegalStateException("a population batch needs the run's noise table");
        population.candidate(noise, k, dest);
    }

    @Override
    public long episodeSeed(int k, int episode) {
        return Seeds.episode(runSeed, population.generation(), k >> 1, episode);
    }
}
