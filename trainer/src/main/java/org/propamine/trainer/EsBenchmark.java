package org.propamine.trainer;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.propamine.agent.Policy;
import org.propamine.envs.Env;
import org.propamine.trainer.rollout.RolloutBackend;
import org.propamine.trainer.rollout.RolloutSetup;

/**
 * The measurement behind {@code propamine bench es}: runs a few ES generations with one thread and with
 * {@code N} threads and splits generation time into rollouts vs strategy math (ask + tell). Evaluation is
 * switched off; warm-up generations (JIT) are run but not counted. Wall-clock numbers: never assert on them.
 */
public final class EsBenchmark {

    private EsBenchmark() {}

    /**
     * One measurement.
     *
     * @param threads rollout threads
     * @param generations measured generations
     * @param episodes training episodes run in them
     * @param envSteps env steps in them
     * @param rolloutSeconds time in rollouts
     * @param strategySeconds time in ask + tell
     * @param generationSeconds mean wall time per generation
     */
    public record Result(int threads, int generations, long episodes, long envSteps, double rolloutSeconds,
                         double strategySeconds, double generationSeconds) {

        /** Strategy math as a fraction of rollouts + strategy time. */
        public double strategyFraction() {
            return strategySeconds / (strategySeconds + rolloutSeconds);
        }

        public double episodesPerSecond() {
            return episodes / (rolloutSeconds + strategySeconds);
        }

        public double envStepsPerSecond() {
            return envSteps / (rolloutSeconds + strategySeconds);
        }

        /** One human-readable line. */
        public String describe() {
            return String.format(Locale.ROOT, "%d thread(s): %.1f episodes/s, %.0f env steps/s, %.3f s/generation, strategy math %.2f%% of generation time",
                    threads, episodesPerSecond(), envStepsPerSecond(), generationSeconds, 100 * strategyFraction());
        }

        /** A JSON object with every number. */
        public String toJson() {
            return String.format(Locale.ROOT,
                    "{\"threads\": %d, \"generations\": %d, \"episodes\": %d, \"envSteps\": %d, \"rolloutSeconds\": %.6f, "
                            + "\"strategySeconds\": %.6f, \"generationSeconds\": %.6f, \"strategyFraction\": %.6f, "
                            + "\"episodesPerSecond\": %.3f, \"envStepsPerSecond\": %.3f}",
                    threads, generations, episodes, envSteps, rolloutSeconds, strategySeconds, generationSeconds,
                    strategyFraction(), episodesPerSecond(), envStepsPerSecond());
        }
    }

    /**
     * One thread vs {@code multi} threads.
     *
     * @param speedup episodes/s with {@code multi.threads()} threads over episodes/s with one
     */
    public record Report(Result single, Result multi, double speedup) {

        /** A JSON object with every number (for {@code --json}). */
        public String toJson() {
            return String.format(Locale.ROOT, "{\"single\": %s, \"multi\": %s, \"speedup\": %.4f}", single.toJson(), multi.toJson(), speedup);
        }

        /** A few human-readable lines. */
        public String describe() {
            return single.describe() + "\n" + multi.describe() + String.format(Locale.ROOT, "%nspeedup %.2fx with %d threads", speedup, multi.threads());
        }
    }

    /** Measures {@code generations} generations (after {@code warmup}) of {@code config} with {@code threads} threads. */
    public static Result measure(TrainerConfig config, Supplier<Env> envs, Supplier<Policy> policies, int threads,
                                 int warmup, int generations) {
        return measure(config, RolloutSetup.local(envs, policies), RolloutBackend.LOCAL, threads, warmup, generations);
    }

    /**
     * Measures {@code generations} generations (after {@code warmup}) of {@code config} on {@code backend} (e.g. a
     * cluster member; {@code threads} are the local threads of {@link RolloutBackend#LOCAL}).
     */
    public static Result measure(TrainerConfig config, RolloutSetup setup, RolloutBackend backend, int threads,
                                 int warmup, int generations) {
        try (Trainer t = new Trainer(benchConfig(config, threads, warmup, generations), setup, null, backend)) {
            for (int g = 0; g < warmup; g++) t.step();
            Totals totals = new Totals();
            for (int g = 0; g < generations; g++) totals.add(t.step());
            return totals.result(t.threads(), generations, config);
        }
    }

    /**
     * Backend {@code b} against backend {@code a}, generation by generation and alternating: both trainers run
     * the same config and seeds, so generation g runs the same episodes on both (a paired comparison), and a
     * machine whose load drifts slows both alike.
     *
     * @param medianRatio the median over generations of (b's generation time / a's generation time)
     */
    public record Comparison(Result a, Result b, double medianRatio) {}

    /** Compares {@code b} (with {@code threadsB} local threads) with {@code a} over the same generations. */
    public static Comparison compare(TrainerConfig config, RolloutSetup setup, RolloutBackend a, int threadsA, RolloutBackend b,
                                     int threadsB, int warmup, int generations) {
        try (Trainer ta = new Trainer(benchConfig(config, threadsA, warmup, generations), setup, null, a);
             Trainer tb = new Trainer(benchConfig(config, threadsB, warmup, generations), setup, null, b)) {
            for (int g = 0; g < warmup; g++) {
                ta.step();
                tb.step();
            }
            Totals sa = new Totals();
            Totals sb = new Totals();
            double[] ratios = new double[generations];
            for (int g = 0; g < generations; g++) {
                double wa = sa.add(ta.step());
                double wb = sb.add(tb.step());
                ratios[g] = wb / wa;
            }
            Arrays.sort(ratios);
            double median = generations % 2 == 1 ? ratios[generations / 2] : (ratios[generations / 2 - 1] + ratios[generations / 2]) / 2;
            return new Comparison(sa.result(ta.threads(), generations, config), sb.result(tb.threads(), generations, config), median);
        }
    }

    private static TrainerConfig benchConfig(TrainerConfig config, int threads, int warmup, int generations) {
        if (warmup < 0 || generations < 1) throw new IllegalArgumentException("bench needs warmup >= 0 and generations >= 1");
        return config.withThreads(threads).withEvaluation(new EvaluationConfig(0, 1))
                .withStop(StopConfig.defaults().withMaxGenerations(warmup + generations));
    }

    /** Sums of the measured generations. */
    private static final class Totals {
        double rollout;
        double strategy;
        double wall;
        long steps;

        /** Adds one generation; returns its wall time (rollouts + strategy + evaluation). */
        double add(GenerationMetrics m) {
            double w = m.rolloutSeconds() + m.strategySeconds() + m.evalSeconds();
            rollout += m.rolloutSeconds();
            strategy += m.strategySeconds();
            wall += w;
            steps += m.generationEnvSteps();
            return w;
        }

        Result result(int threads, int generations, TrainerConfig config) {
            long episodes = (long) generations * 2 * config.strategy().pairs() * config.rollout().episodes();
            return new Result(threads, generations, episodes, steps, rollout, strategy, wall / generations);
        }
    }

    /** One thread vs {@code threads} (0 = all processors). */
    public static Report run(TrainerConfig config, Supplier<Env> envs, Supplier<Policy> policies, int threads,
                             int warmup, int generations) {
        Result single = measure(config, envs, policies, 1, warmup, generations);
        Result multi = measure(config, envs, policies, threads, warmup, generations);
        return new Report(single, multi, multi.episodesPerSecond() / single.episodesPerSecond());
    }
}
