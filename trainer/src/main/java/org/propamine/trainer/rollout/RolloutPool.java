package org.propamine.trainer.rollout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import org.propamine.agent.Policy;
import org.propamine.envs.Env;
import org.propamine.trainer.es.NoiseTable;

/**
 * Evaluates batches of candidates on rollout threads — the local thread pool by default, or every thread of
 * every member of a cluster — each thread using one env and one policy built once from the run's factories
 * (the OpenAI-ES worker). One code path for both: a batch becomes a {@link RolloutJob}, published once per
 * member, and its (candidate, episode) tasks are cut into {@link RolloutChunk}s that are handed out to the
 * {@link RolloutTargets}, keeping each target's threads busy; a chunk whose member leaves is handed to
 * another.
 *
 * <p><b>Determinism:</b> each task's result depends only on the candidate's parameters and the episode seed,
 * is written to its own slot, and slots are reduced in task order after the batch. Results are therefore
 * bit-identical for any thread count, cluster size, chunking or member failure.
 */
public final class RolloutPool implements AutoCloseable {
    /** Divisor of the guided chunk size per thread (larger: smaller chunks, better balance, more messages). */
    static final int CHUNKS_PER_THREAD = 2;

    private final RunRollouts local;
    private final RolloutTargets targets;
    private long nextJob;

    /**
     * A local pool for batches that need no noise table.
     *
     * @param threads worker threads (≥ 1), or 0 for {@link Runtime#availableProcessors()}
     */
    public RolloutPool(Supplier<Env> envFactory, Supplier<Policy> policyFactory, int threads) {
        this(envFactory, policyFactory, threads, null);
    }

    /** A local pool of {@code threads} threads (0 = all processors) over the run's {@code noise} table. */
    public RolloutPool(Supplier<Env> envFactory, Supplier<Policy> policyFactory, int threads, NoiseTable noise) {
        if (threads < 0) throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got " + threads);
        this.local = new RunRollouts(LocalTargets.NAME, envFactory, policyFactory, noise, null);
        this.targets = new LocalTargets(local, threads == 0 ? Runtime.getRuntime().availableProcessors() : threads);
    }

    /**
     * A pool over {@code targets} (e.g. a cluster); {@code local} is this process's share of the run (it is
     * offered every job). The pool closes both.
     */
    public RolloutPool(RunRollouts local, RolloutTargets targets) {
        this.local = local;
        this.targets = targets;
    }

    /** Rollout threads of the current targets (all members' threads for a cluster). */
    public int threads() {
        int n = 0;
        for (RolloutTargets.Target t : targets.targets()) n += t.threads();
        return n;
    }

    /**
     * Evaluates every candidate of {@code batch} over {@code config.episodes()} episodes.
     *
     * @param normalizeWith statistics the policy's observations are normalised with, or {@code null}
     * @param collect whether to gather observation statistics (returned in {@link BatchResult#observed()})
     */
    public BatchResult evaluate(CandidateBatch batch, RolloutConfig config, ObservationStats normalizeWith, boolean collect) {
        double[] mean = null;
        double[] invStd = null;
        if (normalizeWith != null) {
            mean = new double[normalizeWith.dimension()];
            invStd = new double[normalizeWith.dimension()];
            normalizeWith.normalizer(mean, invStd);
        }
        RolloutJob job = new RolloutJob(nextJob++, batch, config, mean, invStd, collect);
        TaskSlots slots = new TaskSlots(job.tasks(), collect);
        local.offer(job);
        targets.publish(job);
        try {
            dispatch(job, slots);
        } finally {
            targets.retire(job);
        }
        return slots.reduce(batch.size(), config.episodes(), config.fitness());
    }

    /**
     * Hands out the job's chunks, keeping every target's slots full, until every task has its result. Chunk sizes
     * shrink as the job empties (guided self-scheduling: {@code ceil(remaining / (CHUNKS_PER_THREAD · threads))}),
     * so big chunks keep the per-chunk cost low early and single-task chunks keep every thread busy to the end.
     */
    private void dispatch(RolloutJob job, TaskSlots slots) {
        List<RolloutTargets.Target> live = new ArrayList<>(targets.targets());
        int threads = 0;
        for (RolloutTargets.Target t : live) threads += t.threads();
        int tasks = job.tasks();
        int divisor = CHUNKS_PER_THREAD * Math.max(1, threads);
        Deque<RolloutChunk> lost = new ArrayDeque<>();
        int next = 0;
        BlockingQueue<Done> done = new LinkedBlockingQueue<>();
        Map<RolloutTargets.Target, Integer> busy = new HashMap<>();
        int outstanding = 0;
        RuntimeException failure = null;
        while (outstanding > 0 || (failure == null && (next < tasks || !lost.isEmpty()))) {
            if (failure == null) {
                for (RolloutTargets.Target t : live) {
                    while ((next < tasks || !lost.isEmpty()) && busy.getOrDefault(t, 0) < t.slots()) {
                        RolloutChunk c = lost.poll();
                        if (c == null) {
                            int size = Math.max(1, (tasks - next + divisor - 1) / divisor);
                            c = new RolloutChunk(local.runId(), job.id(), next, next + size, targets.token());
                            next += size;
                        }
                        RolloutChunk chunk = c;
                        busy.merge(t, 1, Integer::sum);
                        outstanding++;
                        targets.submit(chunk, t, (r, e) -> done.add(new Done(chunk, t, r, e)));
                    }
                }
                if (outstanding == 0) {
                    failure = new IllegalStateException("no rollout member left to run the remaining " + (tasks - next) + " tasks");
                    break;
                }
            }
            Done d = take(done);
            outstanding--;
            busy.merge(d.target, -1, Integer::sum);
            if (d.failure != null) {
                if (targets.lost(d.failure)) {
                    live.remove(d.target);
                    lost.add(d.chunk);
                } else if (failure == null) {
                    failure = d.failure instanceof RuntimeException re ? re : new IllegalStateException(d.failure.toString(), d.failure);
                }
            } else if (d.result.error() != null) {
                if (failure == null) {
                    String m = d.result.member();
                    failure = new IllegalStateException(LocalTargets.NAME.equals(m) ? d.result.error() : "rollout member " + m + ": " + d.result.error());
                }
            } else {
                slots.accept(d.result);
            }
        }
        if (failure != null) throw failure;
    }

    private static Done take(BlockingQueue<Done> done) {
        try {
            return done.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for rollouts", e);
        }
    }

    private record Done(RolloutChunk chunk, RolloutTargets.Target target, ChunkResult result, Throwable failure) {}

    /** Per-task results of one job, reduced in task order. */
    private static final class TaskSlots {
        final double[] ret;
        final double[] dist;
        final int[] steps;
        final boolean[] div;
        final long[] observed;
        final double[][] sum;
        final double[][] sumSq;
        final Map<String, Integer> byMember = new TreeMap<>();

        TaskSlots(int tasks, boolean collect) {
            ret = new double[tasks];
            dist = new double[tasks];
            steps = new int[tasks];
            div = new boolean[tasks];
            observed = new long[tasks];
            sum = collect ? new double[tasks][] : null;
            sumSq = collect ? new double[tasks][] : null;
        }

        void accept(ChunkResult r) {
            int n = r.size();
            System.arraycopy(r.returns(), 0, ret, r.from(), n);
            System.arraycopy(r.distances(), 0, dist, r.from(), n);
            System.arraycopy(r.steps(), 0, steps, r.from(), n);
            System.arraycopy(r.diverged(), 0, div, r.from(), n);
            System.arraycopy(r.observed(), 0, observed, r.from(), n);
            if (sum != null) {
                System.arraycopy(r.sum(), 0, sum, r.from(), n);
                System.arraycopy(r.sumSq(), 0, sumSq, r.from(), n);
            }
            byMember.merge(r.member(), n, Integer::sum);
        }

        BatchResult reduce(int size, int episodes, FitnessKind kind) {
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
            return new BatchResult(fitness, returns, distances, diverged, divergedEpisodes, envSteps, stats, Collections.unmodifiableMap(new TreeMap<>(byMember)));
        }
    }

    @Override
    public void close() {
        targets.close();
        local.close();
    }
}
