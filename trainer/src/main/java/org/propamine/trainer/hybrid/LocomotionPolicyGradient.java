package org.propamine.trainer.hybrid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.envs.Env;
import org.propamine.trainer.bptt.Advantages;
import org.propamine.trainer.bptt.DifferentiableSnn;
import org.propamine.trainer.bptt.GaussianPolicyEpisode;
import org.propamine.trainer.bptt.ResetGradient;
import org.propamine.trainer.bptt.SnnBackprop;
import org.propamine.trainer.bptt.SpikeMode;
import org.propamine.trainer.bptt.TemporalTrainer;
import org.propamine.trainer.es.Seeds;
import org.propamine.trainer.rollout.Futures;

/**
 * The locomotion surrogate gradient of the hybrid trainer (SPEC §6): the likelihood-ratio policy gradient of
 * the Gaussian-exploration policy {@code a = μ_θ(s) + σ_e ε}, μ the spiking controller's action, back-propagated
 * through the SNN by surrogate-gradient BPTT ({@link SnnBackprop}). For generation g:
 * <ol>
 *   <li>M exploration episodes ({@link GaussianPolicyEpisode}), episode m on the env seeded
 *       {@link Seeds#exploration}(seed, g, m) with ε from {@link Seeds#policy} of that seed;</li>
 *   <li>advantages A_t^m: discounted reward-to-go minus the per-step mean over the episodes, normalised
 *       ({@link Advantages}); diverged episodes are left out;</li>
 *   <li>{@code ĝ = (1/M) Σ_m Σ_t A_t^m ∇_θ log N(a_t^m; μ_θ(s_t^m), σ_e²I)}, each episode replayed through the
 *       network and back-propagated.</li>
 * </ol>
 * The forward is the agent's network exactly ({@link SpikeMode#HEAVISIDE}); ∂s/∂v is the package's surrogate
 * {@link TemporalTrainer#SURROGATE} (fast sigmoid, k = 10, SPEC §4), and the membrane reset is detached
 * ({@link ResetGradient#DETACHED}: through the reset's spike the gradient explodes over long episodes).
 * Episodes run on a fixed pool of workers (one env and one taped network each); every episode writes its own
 * gradient slot and the slots are summed in episode order, so the result is bit-identical for any thread count.
 * Memory: each worker's tape holds the plastic trace of every substep, ≈ 8·K·(steps + 1)·Σ_layers in·out bytes
 * (≈ 100 MB for {@code ant-snn} at 200 steps).
 */
public final class LocomotionPolicyGradient implements AutoCloseable {
    private final Supplier<Env> envs;
    private final NetworkSpec spec;
    private final LocomotionObjectiveConfig config;
    private final Worker[] workers;
    private final ExecutorService executor;
    private final GaussianPolicyEpisode[] episodes;
    private final double[][] rewards;
    private final double[][] advantages;
    private final int[] lengths;
    private final double[][] slots;
    private double meanReturn = Double.NaN;
    private int divergedEpisodes;

    private static final class Worker {
        final Env env;
        final DifferentiableSnn net;
        final SnnBackprop backprop;

        Worker(Env env, DifferentiableSnn net) {
            this.env = env;
            this.net = net;
            this.backprop = new SnnBackprop(net, ResetGradient.DETACHED);
        }
    }

    /** What one worker does with episode {@code m}. */
    private interface EpisodeTask {
        void run(Worker w, int m);
    }

    /**
     * @param envs a new env per call whose observation is {@code spec}'s raster (e.g. the spike-encoded Ant-v1)
     * @throws IllegalArgumentException when the network is not differentiable here (spike-rate readout, adaptive
     *                                  neurons), with the reason
     */
    public LocomotionPolicyGradient(Supplier<Env> envs, NetworkSpec spec, LocomotionObjectiveConfig config) {
        new DifferentiableSnn(spec, TemporalTrainer.SURROGATE, SpikeMode.HEAVISIDE); // refuses unsupported networks before any thread starts
        this.envs = envs;
        this.spec = spec;
        this.config = config;
        int m = config.gradientEpisodes();
        int threads = config.threads() == 0 ? Runtime.getRuntime().availableProcessors() : config.threads();
        this.workers = new Worker[Math.min(threads, m)];
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(workers.length, r -> {
            Thread t = new Thread(r, "policy-gradient-" + counter.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
        this.episodes = new GaussianPolicyEpisode[m];
        for (int e = 0; e < m; e++) episodes[e] = new GaussianPolicyEpisode(config.explorationSigma());
        this.rewards = new double[m][config.gradientSteps()];
        this.advantages = new double[m][config.gradientSteps()];
        this.lengths = new int[m];
        this.slots = new double[m][];
    }

    /** Writes the policy-gradient ascent direction ĝ at {@code params} for generation {@code generation} into {@code dest}. */
    public void gradient(double[] params, long generation, double[] dest) {
        int m = episodes.length;
        double[] returns = new double[m];
        parallel(params, (w, e) -> {
            long envSeed = Seeds.exploration(config.seed(), generation, e);
            returns[e] = episodes[e].run(w.net, w.env, envSeed, Seeds.policy(envSeed), config.gradientSteps(),
                    config.rollout().fitness());
        });
        double sum = 0;
        int kept = 0;
        for (int e = 0; e < m; e++) {
            GaussianPolicyEpisode ep = episodes[e];
            lengths[e] = ep.diverged() ? 0 : ep.steps();
            for (int t = 0; t < lengths[e]; t++) rewards[e][t] = ep.reward(t);
            if (!ep.diverged()) {
                sum += returns[e];
                kept++;
            }
        }
        divergedEpisodes = m - kept;
        meanReturn = kept == 0 ? Double.NaN : sum / kept;
        Advantages.compute(rewards, lengths, config.discount(), advantages);
        parallel(params, (w, e) -> {
            if (slots[e] == null || slots[e].length != dest.length) slots[e] = new double[dest.length];
            Arrays.fill(slots[e], 0);
            if (lengths[e] > 0) episodes[e].backward(w.net, w.backprop, advantages[e], 1.0 / m, slots[e]);
        });
        Arrays.fill(dest, 0);
        for (int e = 0; e < m; e++) {
            double[] s = slots[e];
            for (int i = 0; i < dest.length; i++) dest[i] += s[i];
        }
    }

    /** Mean fitness (distance or return) of the last call's exploration episodes that did not diverge. */
    public double lastMeanReturn() {
        return meanReturn;
    }

    /** Exploration episodes of the last call that diverged (left out of the gradient). */
    public int lastDivergedEpisodes() {
        return divergedEpisodes;
    }

    /** Exploration episodes per call. */
    public int episodesPerCall() {
        return episodes.length;
    }

    /** Runs {@code task} for every episode on the workers, each worker's network holding {@code params}. */
    private void parallel(double[] params, EpisodeTask task) {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < workers.length; w++) {
            final int wi = w;
            futures.add(executor.submit(() -> {
                Worker worker = worker(wi);
                worker.net.setParameters(params);
                for (int e = next.getAndIncrement(); e < episodes.length; e = next.getAndIncrement()) task.run(worker, e);
                return null;
            }));
        }
        Futures.awaitAll(futures);
    }

    private Worker worker(int index) {
        Worker w = workers[index];
        if (w == null) {
            w = new Worker(envs.get(), new DifferentiableSnn(spec, TemporalTrainer.SURROGATE, SpikeMode.HEAVISIDE));
            workers[index] = w;
        }
        return w;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        for (Worker w : workers) {
            if (w != null) w.env.close();
        }
    }
}
