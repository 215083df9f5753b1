package org.propamine.trainer.rollout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.propamine.agent.Policy;
import org.propamine.envs.Env;

/**
 * Evaluates batches of candidates on a fixed pool of worker threads, each worker owning one env and one
 * policy built once from the factories on the worker's thread (the OpenAI-ES worker, without the network).
 *
 * <p><b>Determinism:</b> the work is the list of (candidate, episode) tasks; each task's result depends only
 * on the candidate's parameters and the episode seed, is written to its own slot, and slots are reduced in
 * task order after the batch. Results are therefore bit-identical for any thread count.
 */
public final class RolloutPool implements AutoCloseable {
    private final Supplier<Env> envFactory;
    private final Supplier<Policy> policyFactory;
    private final RolloutWorker[] workers;
    private final ExecutorService executor;

    /**
     * @param threads worker threads (≥ 1), or 0 for {@link Runtime#availableProcessors()}
     */
    public RolloutPool(Supplier<Env> envFactory, Supplier<Policy> policyFactory, int threads) {
        if (threads < 0) throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got " + threads);
        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        this.envFactory = envFactory;
        this.policyFactory = policyFactory;
        this.workers = new RolloutWorker[n];
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "rollout-" + counter.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
    }

    /** Number of worker threads. */
    public int threads() {
        return workers.length;
    }

    /**
     * Evaluates every candidate of {@code batch} over {@code config.episodes()} episodes.
     *
     * @param normalizeWith statistics the policy's observations are normalised with, or {@code null}
     * @param collect whether to gather observation statistics (returned in {@link BatchResult#observed()})
     */
    public BatchResult evaluate(CandidateBatch batch, RolloutConfig config, ObservationStats normalizeWith, boolean collect) {
        int size = batch.size();
        int episodes = config.episodes();
        int tasks = size * episodes;
        double[] taskReturn = new double[tasks];
        double[] taskDistance = new double[tasks];
        int[] taskSteps = new int[tasks];
        boolean[] taskDiverged = new boolean[tasks];
        long[] taskObserved = new long[tasks];
        double[][] taskSum = collect ? new double[tasks][] : null;
        double[][] taskSumSq = collect ? new double[tasks][] : null;
        double[] mean = null;
        double[] invStd = null;
        if (normalizeWith != null) {
            mean = new double[normalizeWith.dimension()];
            invStd = new double[normalizeWith.dimension()];
            normalizeWith.normalizer(mean, invStd);
        }
        final double[] mu = mean;
        final double[] is = invStd;
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < workers.length; w++) {
            final int wi = w;
            futures.add(executor.submit(() -> {
                RolloutWorker worker = worker(wi, config.fitness());
                int loaded = -1;
                for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                    int k = t / episodes;
                    if (k != loaded) {
                        batch.parameters(k, worker.params);
                        worker.loadParameters();
                        loaded = k;
                    }
                    double[] sum = null;
                    double[] sumSq = null;
                    if (taskSum != null) {
                        sum = taskSum[t] = new double[worker.observationSize()];
                        sumSq = taskSumSq[t] = new double[worker.observationSize()];
                    }
                    worker.run(batch.episodeSeed(k, t % episodes), config.maxSteps(), mu, is, sum, sumSq);
                    taskReturn[t] = worker.episodeReturn;
                    taskDistance[t] = worker.distance;
                    taskSteps[t] = worker.steps;
                    taskDiverged[t] = worker.diverged;
                    taskObserved[t] = worker.observed;
                }
                return null;
            }));
        }
        await(futures);
        return reduce(size, episodes, config.fitness(), taskReturn, taskDistance, taskSteps, taskDiverged,
                taskObserved, taskSum, taskSumSq);
    }

    private static BatchResult reduce(int size, int episodes, FitnessKind kind, double[] ret, double[] dist, int[] steps,
                                      boolean[] div, long[] observed, double[][] sum, double[][] sumSq) {
        double[] fitness = new double[size];
        double[] returns = new double[size];
        double[] distances = new double[size];
        boolean[] diverged = new boolean[size];
        int divergedEpisodes = 0;
        long envSteps = 0;
        for (int k = 0; k < size; k++) {
            double r = 0;
            double d = 0;
            for (int e = 0; e < episodes; e++) {
                int t = k * episodes + e;
                envSteps += steps[t];
                if (div[t]) {
                    diverged[k] = true;
                    divergedEpisodes++;
                }
                r += ret[t];
                d += dist[t];
            }
            returns[k] = diverged[k] ? Double.NaN : r / episodes;
            distances[k] = diverged[k] ? Double.NaN : d / episodes;
            fitness[k] = kind == FitnessKind.RETURN ? returns[k] : distances[k];
        }
        double worst = Double.POSITIVE_INFINITY;
        for (int k = 0; k < size; k++) {
            if (!diverged[k]) worst = Math.min(worst, fitness[k]);
        }
        if (worst == Double.POSITIVE_INFINITY) worst = 0;
        for (int k = 0; k < size; k++) {
            if (diverged[k]) fitness[k] = worst;
        }
        ObservationStats stats = null;
        if (sum != null) {
            int dim = sum.length == 0 ? 0 : sum[0].length;
            double[] s = new double[dim];
            double[] q = new double[dim];
            long count = 0;
            for (int t = 0; t < sum.length; t++) {
                count += observed[t];
                for (int i = 0; i < dim; i++) {
                    s[i] += sum[t][i];
                    q[i] += sumSq[t][i];
                }
            }
            stats = new ObservationStats(count, s, q);
        }
        return new BatchResult(fitness, returns, distances, diverged, divergedEpisodes, envSteps, stats);
    }

    private RolloutWorker worker(int index, FitnessKind kind) {
        RolloutWorker w = workers[index];
        if (w == null) {
            Env env = envFactory.get();
            Policy policy = policyFactory.get();
            if (policy.parameterCount() < 1) throw new IllegalStateException("policy has no parameters");
            w = new RolloutWorker(env, policy);
            if (kind == FitnessKind.DISTANCE && !w.reportsDistance()) {
                throw new IllegalStateException("fitness DISTANCE needs info[\"distance\"], but env " + env + " does not report it");
            }
            workers[index] = w;
        }
        return w;
    }

    private static void await(List<Future<?>> futures) {
        RuntimeException failure = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for rollouts", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (failure == null) failure = c instanceof RuntimeException re ? re : new IllegalStateException(c.getMessage(), c);
            }
        }
        if (failure != null) throw failure;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        for (RolloutWorker w : workers) {
            if (w != null) w.close();
        }
    }
}
