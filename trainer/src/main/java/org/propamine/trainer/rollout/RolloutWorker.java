package org.propamine.trainer.rollout;

import org.propamine.agent.Policy;
import org.propamine.envs.Env;
import org.propamine.envs.StepResult;
import org.propamine.trainer.es.Seeds;

/**
 * One worker's env and policy with preallocated buffers; runs episodes without allocating per step.
 * Not thread-safe: a {@link RolloutPool} gives each worker to one thread at a time.
 *
 * <p>An episode is <em>diverged</em> when the env sets {@code info["physics_diverged"]}, or a reward or
 * observation is not finite, or the policy outputs a non-finite action; it ends at once and the pool gives
 * the candidate the worst fitness of its batch.
 */
final class RolloutWorker implements AutoCloseable {
    static final String DIVERGED_KEY = "physics_diverged";
    static final String DISTANCE_KEY = "distance";

    private final Env env;
    private final Policy policy;
    final double[] params;
    private final double[] observation;
    private final double[] action;

    double episodeReturn;
    double distance;
    int steps;
    boolean diverged;
    long observed;

    RolloutWorker(Env env, Policy policy) {
        this.env = env;
        this.policy = policy;
        this.params = new double[policy.parameterCount()];
        this.observation = new double[env.observationSpace().size()];
        this.action = new double[env.actionSpace().size()];
    }

    int observationSize() {
        return observation.length;
    }

    /** Loads {@link #params} into the policy. */
    void loadParameters() {
        policy.setParameters(params);
    }

    /**
     * Runs one episode of at most {@code maxSteps} steps from {@code seed}. When {@code mean} is non-null the
     * policy sees normalised observations; when {@code sumDest} is non-null the raw observations seen by the
     * policy (including the first) are added to {@code sumDest}/{@code sumSqDest}.
     */
    void run(long seed, int maxSteps, double[] mean, double[] invStd, double[] sumDest, double[] sumSqDest) {
        episodeReturn = 0;
        steps = 0;
        diverged = false;
        observed = 0;
        StepResult r = env.reset(seed);
        policy.reset(Seeds.policy(seed));
        while (true) {
            double[] o = r.observation();
            if (!prepare(o, mean, invStd, sumDest, sumSqDest)) {
                diverged = true;
                break;
            }
            if (sumDest != null) observed++;
            if (steps >= maxSteps) break;
            policy.act(observation, action);
            if (!allFinite(action)) {
                diverged = true;
                break;
            }
            r = env.step(action);
            steps++;
            double reward = r.reward();
            if (!Double.isFinite(reward) || r.info().get(DIVERGED_KEY, 0) > 0) {
                diverged = true;
                break;
            }
            episodeReturn += reward;
            if (r.done()) break;
        }
        distance = r.info().get(DISTANCE_KEY, Double.NaN);
        if (!diverged && steps > 0 && Double.isNaN(distance) && r.info().has(DISTANCE_KEY)) diverged = true;
    }

    /** True when {@code env} reports {@code info["distance"]} after a reset. */
    boolean reportsDistance() {
        return env.reset(0).info().has(DISTANCE_KEY);
    }

    private boolean prepare(double[] o, double[] mean, double[] invStd, double[] sum, double[] sumSq) {
        for (int i = 0; i < o.length; i++) {
            double v = o[i];
            if (!Double.isFinite(v)) return false;
            if (sum != null) {
                sum[i] += v;
                sumSq[i] += v * v;
            }
            observation[i] = mean == null ? v
                    : Math.max(-ObservationStats.CLIP, Math.min(ObservationStats.CLIP, (v - mean[i]) * invStd[i]));
        }
        return true;
    }

    private static boolean allFinite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) return false;
        }
        return true;
    }

    @Override
    public void close() {
        env.close();
    }
}
