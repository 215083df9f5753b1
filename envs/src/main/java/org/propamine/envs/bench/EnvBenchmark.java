package org.propamine.envs.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.propamine.envs.Box;
import org.propamine.envs.Env;
import org.propamine.envs.EnvOptions;
import org.propamine.envs.Envs;
import org.propamine.envs.Wrappers;
import org.propamine.envs.locomotion.LocomotionEnv;
import org.propamine.sim.RobotState;

/**
 * Env-step throughput following the anchors' protocol ({@code shared/anchors/README.md}): a raw locomotion env
 * (no time limit), controls uniform in the action box resampled every env step from a fixed seed, an
 * observation every step (the env computes it), reset when the torso height leaves [0.2, 1.0] m or is not
 * finite or the physics diverged, warm-up, then timed runs; the median run is reported. Measured once with
 * one env on one thread and once with one env per thread on N threads started together (aggregate = N·steps /
 * slowest thread's wall time).
 */
public final class EnvBenchmark {
    private EnvBenchmark() {}

    public static EnvBenchmarkResult run(EnvBenchmarkConfig c) {
        double[] single = measure(c, 1);
        double[] all = c.threads() == 1 ? single : measure(c, c.threads());
        return new EnvBenchmarkResult(single[0], all[0], c.threads(), c.preset(), c.physics().dt(), c.physics().iterations(),
                c.runs(), c.stepsPerRun(), single[1]);
    }

    /** {median aggregate steps/s, mean resets per run of thread 0}. */
    private static double[] measure(EnvBenchmarkConfig c, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier barrier = new CyclicBarrier(threads);
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = c.seed() + t;
                futures.add(pool.submit(() -> worker(c, seed, barrier)));
            }
            long[][] perThread = new long[threads][];
            for (int t = 0; t < threads; t++) perThread[t] = futures.get(t).get();
            double[] rates = new double[c.runs()];
            for (int r = 0; r < c.runs(); r++) {
                long slowest = 0;
                for (long[] times : perThread) slowest = Math.max(slowest, times[r]);
                rates[r] = (double) threads * c.stepsPerRun() / (slowest * 1e-9);
            }
            Arrays.sort(rates);
            double median = c.runs() % 2 == 1 ? rates[c.runs() / 2] : 0.5 * (rates[c.runs() / 2 - 1] + rates[c.runs() / 2]);
            return new double[] {median, (double) perThread[0][c.runs()] / c.runs()};
        } catch (Exception e) {
            throw new IllegalStateException("env benchmark failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Nanoseconds of each timed run, then the number of resets during the timed runs. */
    private static long[] worker(EnvBenchmarkConfig c, long seed, CyclicBarrier barrier) throws Exception {
        try (Env env = Envs.makeRaw(c.envId(), new EnvOptions(c.robot(), c.physics()))) {
            LocomotionEnv base = Wrappers.require(env, LocomotionEnv.class);
            SplittableRandom rng = new SplittableRandom(seed);
            Box space = env.actionSpace();
            double[] action = new double[space.size()];
            long[] out = new long[c.runs() + 1];
            long[] resets = {0};
            env.reset(rng.nextLong());
            steps(env, base, space, rng, action, c.warmupSteps(), resets);
            resets[0] = 0;
            for (int r = 0; r < c.runs(); r++) {
                barrier.await();
                long t0 = System.nanoTime();
                steps(env, base, space, rng, action, c.stepsPerRun(), resets);
                out[r] = System.nanoTime() - t0;
            }
            out[c.runs()] = resets[0];
            return out;
        }
    }

    private static void steps(Env env, LocomotionEnv base, Box space, SplittableRandom rng, double[] action, int n, long[] resets) {
        for (int i = 0; i < n; i++) {
            space.sample(rng, action);
            env.step(action);
            RobotState s = base.state();
            double z = s.basePosition[2];
            if (!(z >= 0.2 && z <= 1.0) || base.world().diverged()) {
                env.reset(rng.nextLong());
                resets[0]++;
            }
        }
    }
}
