package org.propamine.cli.eval;

import org.propamine.agent.Policy;
import org.propamine.envs.Env;
import org.propamine.envs.StepResult;
import org.propamine.trainer.es.Seeds;

/**
 * One evaluation episode that also records the forward speed of every step (for the recovery time after
 * mid-episode damage). Seeding follows the trainer's rollouts: {@code env.reset(seed)},
 * {@code policy.reset(Seeds.policy(seed))}.
 *
 * @param episodeReturn sum of rewards
 * @param distance      {@code info["distance"]} at the last step (m), NaN when the env does not report it
 * @param steps         env steps taken
 * @param diverged      the physics diverged or a value was not finite (the episode ended early)
 * @param speed         {@code info["x_velocity"]} per step (m/s), length {@code steps} (not copied)
 */
public record EvalEpisode(double episodeReturn, double distance, int steps, boolean diverged, double[] speed) {

    static final String DISTANCE = "distance", X_VELOCITY = "x_velocity", DIVERGED = "physics_diverged";

    /** Runs {@code policy} (its parameters already set) in {@code env} for at most {@code maxSteps} steps. */
    public static EvalEpisode run(Env env, Policy policy, long seed, int maxSteps) {
        double[] action = new double[env.actionSpace().size()];
        double[] speed = new double[maxSteps];
        StepResult r = env.reset(seed);
        policy.reset(Seeds.policy(seed));
        double ret = 0;
        int steps = 0;
        boolean diverged = false;
        while (steps < maxSteps) {
            policy.act(r.observation(), action);
            if (!finite(action)) {
                diverged = true;
                break;
            }
            r = env.step(action);
            speed[steps] = r.info().get(X_VELOCITY, Double.NaN);
            steps++;
            if (!Double.isFinite(r.reward()) || r.info().get(DIVERGED, 0) > 0) {
                diverged = true;
                break;
            }
            ret += r.reward();
            if (r.done()) break;
        }
        double distance = r.info().get(DISTANCE, Double.NaN);
        return new EvalEpisode(ret, distance, steps, diverged, speed);
    }

    private static boolean finite(double[] x) {
        for (double v : x) if (!Double.isFinite(v)) return false;
        return true;
    }
}
