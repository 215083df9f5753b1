package org.propamine.trainer.hybrid;

import java.util.function.Supplier;
import org.propamine.agent.Policy;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.envs.Env;
import org.propamine.trainer.es.NoiseTable;
import org.propamine.trainer.es.Seeds;
import org.propamine.trainer.rollout.BatchResult;
import org.propamine.trainer.rollout.CandidateBatch;
import org.propamine.trainer.rollout.EvaluationBatch;
import org.propamine.trainer.rollout.RolloutPool;

/**
 * A locomotion env (Ant-v1, Hexapod-v1, any env with a spiking network preset) as a {@link HybridObjective}:
 * <ul>
 *   <li>true return = the fitness (distance in metres, or return, per {@code rollout.fitness}) of the
 *       deterministic controller, the mean over {@code rollout.episodes} episodes seeded
 *       {@link Seeds#episode}(seed, g, 0, e) — the same episodes for every candidate of generation g (common
 *       random numbers) — run on the trainer's {@link RolloutPool} (candidates in parallel);</li>
 *   <li>surrogate gradient = the likelihood-ratio policy gradient of the Gaussian-exploration policy through the
 *       SNN ({@link LocomotionPolicyGradient});</li>
 *   <li>evaluation score = the mean fitness on the fixed evaluation episodes {@link Seeds#evaluation}(seed, e).</li>
 * </ul>
 * Training episodes counted: {@code rollout.episodes} per candidate plus {@code gradientEpisodes} per gradient.
 * Deterministic for a given config, for any thread count. Close it to stop its threads.
 */
public final class LocomotionObjective implements HybridObjective, AutoCloseable {
    private final LocomotionObjectiveConfig config;
    private final RolloutPool pool;
    private final LocomotionPolicyGradient gradient;
    private final int dimension;
    private long episodes;
    private BatchResult lastEvaluation;

    /**
     * @param envs     a new env per call whose observation is {@code spec}'s raster
     * @param policies a new controller for {@code spec} per call (its parameters are overwritten)
     * @throws IllegalArgumentException when the network is not differentiable here, with the reason
     */
    public LocomotionObjective(Supplier<Env> envs, Supplier<Policy> policies, NetworkSpec spec, LocomotionObjectiveConfig config) {
        this.config = config;
        this.gradient = new LocomotionPolicyGradient(envs, spec, config);
        this.dimension = policies.get().parameterCount();
        this.pool = new RolloutPool(envs, policies, config.threads());
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double fitness(double[] params, long generation) {
        double[] f = new double[1];
        fitness(new double[][] {params}, generation, f);
        return f[0];
    }

    @Override
    public void fitness(double[][] candidates, long generation, double[] dest) {
        CandidateBatch batch = new Candidates(candidates, config.seed(), generation);
        BatchResult r = pool.evaluate(batch, config.rollout(), null, false);
        System.arraycopy(r.fitness(), 0, dest, 0, candidates.length);
        episodes += (long) candidates.length * config.rollout().episodes();
    }

    @Override
    public void surrogateGradient(double[] params, long generation, double[] dest) {
        gradient.gradient(params, generation, dest);
        episodes += gradient.episodesPerCall();
    }

    @Override
    public double evaluate(double[] params) {
        lastEvaluation = pool.evaluate(new EvaluationBatch(params, config.seed(), config.evalEpisodes()),
                config.rollout().withEpisodes(1), null, false);
        double s = 0;
        for (double f : lastEvaluation.fitness()) s += f;
        return s / lastEvaluation.size();
    }

    /** The last {@link #evaluate} batch (per-episode fitness, returns, distances), or null before the first. */
    public BatchResult lastEvaluation() {
        return lastEvaluation;
    }

    /** The policy-gradient estimator (for its diagnostics). */
    public LocomotionPolicyGradient policyGradient() {
        return gradient;
    }

    @Override
    public long episodes() {
        return episodes;
    }

    @Override
    public void close() {
        pool.close();
        gradient.close();
    }

    /**
     * Explicit candidates of generation {@code generation}, all on its episodes {@link Seeds#episode}(runSeed, g, 0, e).
     * Array ownership: the candidates are read, not written.
     */
    private record Candidates(double[][] candidates, long runSeed, long generation) implements CandidateBatch {
        @Override
        public int size() {
            return candidates.length;
        }

        @Override
        public void parameters(int k, NoiseTable noise, double[] dest) {
            System.arraycopy(candidates[k], 0, dest, 0, dest.length);
        }

        @Override
        public long episodeSeed(int k, int episode) {
            return Seeds.episode(runSeed, generation, 0, episode);
        }
    }
}
