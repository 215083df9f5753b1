package org.propamine.trainer.rollout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.propamine.agent.Policy;
import org.propamine.envs.Env;
import org.propamine.trainer.es.NoiseTable;

/**
 * One member's share of a run: the env and policy factories, the shared noise table, the idle
 * {@link RolloutWorker}s (one env + policy each, created on first need, so at most one per concurrently running
 * chunk) and the job being evaluated. Runs chunks for the local pool and for a cluster member alike.
 *
 * <p>A chunk's task {@code t} writes only its own slot of the result, from the candidate's parameters and the
 * episode seed alone — which worker, thread or member runs it does not change a bit.
 */
public final class RunRollouts implements AutoCloseable {
    private final String runId;
    private final Supplier<Env> envs;
    private final Supplier<Policy> policies;
    private final NoiseTable noise;
    private final LongFunction<RolloutJob> fetch;
    private final ConcurrentLinkedDeque<RolloutWorker> idle = new ConcurrentLinkedDeque<>();
    private final List<RolloutWorker> all = new ArrayList<>();
    private volatile RolloutJob current;
    private volatile boolean closed;

    /**
     * @param noise the run's noise table, or {@code null} when no batch of the run needs it
     * @param fetch the job with a given id when it is not the current one (a cluster member reads it from the
     *              cluster's job map), or {@code null} when every job is {@link #offer offered}
     */
    public RunRollouts(String runId, Supplier<Env> envs, Supplier<Policy> policies, NoiseTable noise, LongFunction<RolloutJob> fetch) {
        this.runId = runId;
        this.envs = envs;
        this.policies = policies;
        this.noise = noise;
        this.fetch = fetch;
    }

    public String runId() {
        return runId;
    }

    public NoiseTable noise() {
        return noise;
    }

    /** Makes {@code job} the current one (the pool does this before handing out its chunks). */
    public void offer(RolloutJob job) {
        current = job;
    }

    /** Runs {@code chunk} on a free worker; never throws (a failure is the result's error). */
    ChunkResult run(RolloutChunk chunk, String member) {
        RolloutWorker worker = null;
        try {
            RolloutJob job = job(chunk.jobId());
            if (chunk.to() > job.tasks()) throw new IllegalArgumentException(chunk + " exceeds the job's " + job.tasks() + " tasks");
            worker = borrow(job.config().fitness());
            return run(job, chunk, worker, member);
        } catch (RuntimeException e) {
            return ChunkResult.failed(chunk, member, e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            if (worker != null) idle.push(worker);
        }
    }

    private ChunkResult run(RolloutJob job, RolloutChunk chunk, RolloutWorker worker, String member) {
        int n = chunk.size();
        int episodes = job.config().episodes();
        double[] returns = new double[n];
        double[] distances = new double[n];
        int[] steps = new int[n];
        boolean[] diverged = new boolean[n];
        long[] observed = new long[n];
        double[][] sum = job.collect() ? new double[n][] : null;
        double[][] sumSq = job.collect() ? new double[n][] : null;
        int loaded = -1;
        for (int i = 0; i < n; i++) {
            int t = chunk.from() + i;
            int k = t / episodes;
            if (k != loaded) {
                job.batch().parameters(k, noise, worker.params);
                worker.loadParameters();
                loaded = k;
            }
            double[] s = null;
            double[] q = null;
            if (sum != null) {
                s = sum[i] = new double[worker.observationSize()];
                q = sumSq[i] = new double[worker.observationSize()];
            }
            worker.run(job.batch().episodeSeed(k, t % episodes), job.config().maxSteps(), job.normMean(), job.normInvStd(), s, q);
            returns[i] = worker.episodeReturn;
            distances[i] = worker.distance;
            steps[i] = worker.steps;
            diverged[i] = worker.diverged;
            observed[i] = worker.observed;
        }
        return new ChunkResult(chunk.from(), returns, distances, steps, diverged, observed, sum, sumSq, member, null);
    }

    private RolloutJob job(long id) {
        RolloutJob j = current;
        if (j != null && j.id() == id) return j;
        if (fetch == null) throw new IllegalStateException("run " + runId + " has no job " + id);
        synchronized (this) {
            j = current;
            if (j != null && j.id() == id) return j;
            j = fetch.apply(id);
            if (j == null) throw new IllegalStateException("run " + runId + ": job " + id + " is gone (the trainer moved on)");
            if (current == null || current.id() < id) current = j;
            return j;
        }
    }

    private RolloutWorker borrow(FitnessKind kind) {
        if (closed) throw new IllegalStateException("run " + runId + " is closed on this member");
        RolloutWorker w = idle.poll();
        if (w != null) return w;
        Env env = envs.get();
        Policy policy = policies.get();
        if (policy.parameterCount() < 1) throw new IllegalStateException("policy has no parameters");
        w = new RolloutWorker(env, policy);
        if (kind == FitnessKind.DISTANCE && !w.reportsDistance()) {
            w.close();
            throw new IllegalStateException("fitness DISTANCE needs info[\"distance\"], but env " + env + " does not report it");
        }
        synchronized (all) {
            all.add(w);
        }
        return w;
    }

    /** Closes every env this member built for the run. */
    @Override
    public void close() {
        closed = true;
        synchronized (all) {
            for (RolloutWorker w : all) w.close();
            all.clear();
        }
        idle.clear();
    }
}
