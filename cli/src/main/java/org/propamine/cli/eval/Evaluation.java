package org.propamine.cli.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.propamine.agent.Policy;
import org.propamine.cli.report.ConditionSamples;
import org.propamine.cli.report.RecoveryTime;
import org.propamine.envs.Env;
import org.propamine.envs.conditions.Condition;
import org.propamine.envs.conditions.ConditionGrid;
import org.propamine.envs.conditions.WrapperSpec;
import org.propamine.envs.conditions.WrapperType;
import org.propamine.trainer.es.Seeds;

/**
 * Runs every policy under every condition of a grid for N episodes, in parallel, and collects the samples of
 * the retention table. Episode {@code e} uses seed {@code Seeds.derive(seed, EVAL_STREAM, e)} under every
 * condition and for every policy (a paired comparison); results are gathered in task order, so they do not
 * depend on the thread count.
 */
public final class Evaluation {

    /** Seed stream of evaluation episodes, apart from the trainer's own streams. */
    static final long EVAL_STREAM = 0xE7A1L;

    private Evaluation() {}

    /**
     * @param policies policies to evaluate (labels unique)
     * @param grid     the conditions
     * @param episodes episodes per condition and policy, ≥ 1
     * @param threads  worker threads, ≥ 1
     * @param seed     base seed of the episode seeds
     * @param progress called with the number of finished episodes (from the calling thread)
     * @return policy label → samples per condition, in grid order
     */
    public static Map<String, List<ConditionSamples>> run(List<EvaluatedPolicy> policies, ConditionGrid grid,
                                                          int episodes, int threads, long seed, IntConsumer progress)
            throws InterruptedException {
        if (episodes < 1) throw new IllegalArgumentException("--episodes " + episodes + ": expected >= 1");
        if (threads < 1) throw new IllegalArgumentException("threads = " + threads + ", expected >= 1");
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "propamine-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<EvalEpisode>> futures = new ArrayList<>();
            for (EvaluatedPolicy p : policies) {
                for (Condition c : grid.conditions()) {
                    for (int e = 0; e < episodes; e++) {
                        long episodeSeed = Seeds.derive(seed, EVAL_STREAM, e);
                        futures.add(pool.submit(() -> episode(p, c, episodeSeed)));
                    }
                }
            }
            Map<String, List<ConditionSamples>> out = new LinkedHashMap<>();
            int k = 0;
            for (EvaluatedPolicy p : policies) {
                List<ConditionSamples> samples = new ArrayList<>();
                for (Condition c : grid.conditions()) {
                    double[] returns = new double[episodes], distances = new double[episodes];
                    int damageStep = damageStep(c, 0.05);
                    double[] recovery = damageStep > 0 ? new double[episodes] : new double[0];
                    for (int e = 0; e < episodes; e++) {
                        EvalEpisode ep = get(futures.get(k++));
                        progress.accept(k);
                        returns[e] = ep.episodeReturn();
                        distances[e] = ep.diverged() ? 0.0 : ep.distance();
                        if (damageStep > 0) {
                            recovery[e] = damageStep < ep.steps()
                                    ? RecoveryTime.of(ep.speed(), ep.steps(), damageStep, RecoveryTime.DEFAULT_WINDOW,
                                            RecoveryTime.DEFAULT_FRACTION)
                                    : Double.NaN;
                        }
                    }
                    samples.add(new ConditionSamples(c.name(), returns, distances, recovery));
                }
                out.put(p.label(), samples);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Total episodes of a run of {@link #run}. */
    public static int total(List<EvaluatedPolicy> policies, ConditionGrid grid, int episodes) {
        return policies.size() * grid.conditions().size() * episodes;
    }

    /**
     * The env step at which a mid-episode leg damage starts ({@code LegDamage} with {@code at > 0} s), or 0 when
     * the condition has none. {@code dt} is the env step in s.
     */
    static int damageStep(Condition c, double dt) {
        for (WrapperSpec w : c.wrappers()) {
            if (w.type() == WrapperType.LEG_DAMAGE) {
                double at = w.number("at", 0);
                if (at > 0) return (int) Math.round(at / dt);
            }
        }
        return 0;
    }

    private static EvalEpisode episode(EvaluatedPolicy p, Condition c, long seed) {
        Policy policy = p.policy();
        try (Env env = p.parts().env(c)) {
            if (Math.abs(env.dt() - 0.05) > 1e-9) {
                throw new IllegalStateException("eval assumes 0.05 s env steps, env has " + env.dt());
            }
            return EvalEpisode.run(env, policy, seed, p.maxSteps());
        }
    }

    private static EvalEpisode get(Future<EvalEpisode> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }
}
