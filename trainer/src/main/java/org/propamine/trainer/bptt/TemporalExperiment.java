package org.propamine.trainer.bptt;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.propamine.agent.neuron.ResetMechanism;
import org.propamine.agent.spec.InitSpec;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.envs.temporal.CueRewardConfig;
import org.propamine.envs.temporal.CueRewardEnv;
import org.propamine.envs.temporal.InputNoise;
import org.propamine.envs.temporal.MergeSignChannels;
import org.propamine.envs.temporal.PatternMemoryConfig;
import org.propamine.envs.temporal.PatternMemoryEnv;
import org.propamine.envs.temporal.TemporalTask;

/**
 * Claim C1 of the SpikePropamine paper as an experiment: trains the non-plastic SNN and the plastic SNNs
 * (Hebbian, Oja, BCM and their neuromodulated forms) on {@code PatternMemory-v1} (one signed input current per
 * bit via {@link MergeSignChannels}; supervised BPTT; scored by the bit error on the zeroed bits, chance 0.5) and {@code CueReward-v1}
 * (signed cue currents, the {@link CuePrior} wiring; REINFORCE through the SNN; scored by
 * the greedy reward per episode, chance = trials/2) at several input-noise levels and seeds, in parallel over
 * runs (each run is single-threaded and deterministic, so results do not depend on the thread count). Writes
 * {@code temporal.md}, {@code temporal.json} and {@code temporal.png} ({@link TemporalReport}).
 */
public final class TemporalExperiment {
    /**
     * Structural prior of the PatternMemory network ({@link PairedPrior}): signed bit k drives hidden 2k / 2k+1 with
     * ±3, output k reads ±2 from them, α starts at +1 (the sign every useful pattern-storing α has). Same for
     * every rule.
     */
    public static final PairedPrior PATTERN_PRIOR = new PairedPrior(3.0, 2.0, 1.0);
    /** Initial-parameter scales of the CueReward network (weight gain 4, recurrent gain 0.5, α std 0.1). */
    public static final InitSpec CUE_INIT = new InitSpec(4.0, 0.5, 0.0, 0.1, 1.0);
    /**
     * Structural prior of the CueReward network ({@link CuePrior#defaults()}): a noise-free clock ring, a learner
     * that stores the cues of pairs without the target (its teacher: answered "present" and not rewarded) and
     * retrieves on the even steps, one-step coincidence gates that answer "absent" iff both cues are recalled, and
     * an outcome neuron that makes M = tanh(5·(1−d)) on the teacher's feedback step and 0 elsewhere. Same for every
     * rule.
     */
    public static final CuePrior CUE_PRIOR = CuePrior.defaults();
    /**
     * Adam step size of CueReward (3e−4, decaying to 3e−5): REINFORCE's gradient is noisy and the prior's network
     * already answers above chance, so larger steps undo it (measured with this prior: 1e−2 and 3e−2 collapse
     * Hebbian and Oja to chance within 400 steps, 3e−4 moves every rule by less than ±0.2).
     */
    public static final double CUE_LEARNING_RATE = 3e-4;
    /** CueReward network: pre traces τ 30 ms (a trial's cues still leave 25 % and 13 % of their trace at its feedback step). */
    public static final double CUE_TRACE_TAU = 0.03;
    /** CueReward network: post traces τ 2 ms (a spike's post trace is 0.7 % one step later). */
    public static final double CUE_POST_TRACE_TAU = 0.002;
    /** CueReward network: membrane τ 5 ms (13.5 % of the potential carries to the next step: one-step logic gates). */
    public static final double CUE_MEMBRANE_TAU = 0.005;
    /** CueReward network: plasticity on every second step (the odd ones; D retrieves on the even ones). */
    public static final int CUE_PLASTICITY_INTERVAL = 2;
    /** CueReward network: readout time constant 10 ms (the answer is A''s response-step spike). */
    public static final double CUE_READOUT_TAU = 0.01;
    /** CueReward network: initial plasticity rate η. */
    public static final double CUE_ETA = 0.01;

    /** The two tasks of claim C1. */
    public enum Task {
        PATTERN_MEMORY(PatternMemoryEnv.ID, Objective.SUPERVISED_MSE),
        CUE_REWARD(CueRewardEnv.ID, Objective.REINFORCE);

        private final String envId;
        private final Objective objective;

        Task(String envId, Objective objective) {
            this.envId = envId;
            this.objective = objective;
        }

        public String envId() {
            return envId;
        }

        public Objective objective() {
            return objective;
        }
    }

    /**
     * The outcome of one training run; {@code error} is null unless the run stopped (e.g. diverged).
     * {@code seconds} is its wall time, {@code cpuSeconds} the CPU time of its thread (NaN where the JVM cannot
     * measure thread CPU time).
     */
    public record Run(String task, String rule, int noiseLevel, double sigma, double spuriousRate, long seed,
                      double initialMetric, double finalMetric, double bestMetric, long episodes, double seconds,
                      double cpuSeconds, String error) {}

    private TemporalExperiment() {}

    /** The env factory of {@code task} at {@code noise} under {@code cfg}'s sizes. */
    public static Supplier<TemporalTask> envs(Task task, TemporalExperimentConfig cfg, InputNoise noise) {
        return switch (task) {
            case PATTERN_MEMORY -> {
                PatternMemoryConfig pc = PatternMemoryConfig.defaults().withBits(cfg.patternBits()).withNoise(noise);
                yield () -> new MergeSignChannels(new PatternMemoryEnv(pc), pc.bits());
            }
            case CUE_REWARD -> {
                CueRewardConfig cc = CueRewardConfig.defaults().withTrials(cfg.cueTrials()).withNoise(noise);
                yield () -> new MergeSignChannels(new CueRewardEnv(cc), cc.cueBits());
            }
        };
    }

    /** The network of {@code task} with plasticity rule {@code rule}. */
    public static NetworkSpec network(Task task, TemporalExperimentConfig cfg, String rule) {
        TemporalTask env = envs(task, cfg, InputNoise.none()).get();
        int inputs = env.observationSpace().size();
        int outputs = env.actionSpace().size();
        if (task == Task.PATTERN_MEMORY) return TemporalNetworks.defaults(2 * cfg.patternBits()).spec(task.envId(), inputs, outputs, rule);
        // CueReward: signed cue currents, 5 ms membranes with a hard reset, 30 ms pre and 2 ms post traces, η 0.01,
        // plasticity on every second step; readout τ 10 ms (it reads A''s response-step spike); the CuePrior wires it
        return TemporalNetworks.defaults(cfg.cueHidden()).withInit(CUE_INIT).withReadoutTau(CUE_READOUT_TAU).withTraceTau(CUE_TRACE_TAU)
                .withTauMem(CUE_MEMBRANE_TAU).withReset(ResetMechanism.HARD).withEta(CUE_ETA).spec(task.envId(), inputs, outputs, rule)
                .withPostTraceTau(CUE_POST_TRACE_TAU).withPlasticityInterval(CUE_PLASTICITY_INTERVAL);
    }

    /** The trainer of one run. */
    public static TemporalTrainer trainer(Task task, TemporalExperimentConfig cfg, String rule, InputNoise noise, long seed) {
        boolean pm = task == Task.PATTERN_MEMORY;
        TemporalTrainerConfig tc = TemporalTrainerConfig.defaults()
                .withIterations(pm ? cfg.patternIterations() : cfg.cueIterations())
                .withBatch(pm ? cfg.patternBatch() : cfg.cueBatch())
                .withLearningRate(pm ? cfg.learningRate() : CUE_LEARNING_RATE)
                .withEval(Math.max(1, (pm ? cfg.patternIterations() : cfg.cueIterations()) / 4), pm ? cfg.evalEpisodes() : cfg.cueEvalEpisodes())
                .withSeed(seed);
        return new TemporalTrainer(envs(task, cfg, noise), network(task, cfg, rule), task.objective(), tc,
                pm ? PATTERN_PRIOR : CUE_PRIOR);
    }

    /**
     * Runs the whole grid on {@code threads} threads and writes the report into {@code outDir}.
     *
     * @param log receives one line per finished run (may be null)
     */
    public static List<Run> run(TemporalExperimentConfig cfg, int threads, Path outDir, Consumer<String> log) {
        return run(cfg, List.of(Task.values()), threads, outDir, log);
    }

    /**
     * Runs the grid of {@code tasks} only (e.g. CueReward alone) on {@code threads} threads and writes the report
     * of those tasks into {@code outDir}.
     *
     * @param log receives one line per finished run (may be null)
     */
    public static List<Run> run(TemporalExperimentConfig cfg, List<Task> tasks, int threads, Path outDir, Consumer<String> log) {
        if (threads < 1) throw new IllegalArgumentException("threads is " + threads + ", expected >= 1");
        if (tasks.isEmpty()) throw new IllegalArgumentException("tasks is empty, expected at least one task");
        long start = System.nanoTime();
        List<Supplier<Run>> jobs = new ArrayList<>();
        for (Task task : tasks) {
            for (String rule : cfg.rules()) {
                for (int level = 0; level < cfg.noise().size(); level++) {
                    for (int s = 1; s <= cfg.seeds(); s++) {
                        final int lv = level;
                        final long seed = s;
                        jobs.add(() -> runOne(task, cfg, rule, lv, seed));
                    }
                }
            }
        }
        List<Run> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "temporal-experiment");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Run>> futures = new ArrayList<>();
            for (Supplier<Run> job : jobs) futures.add(pool.submit(job::get));
            int done = 0;
            for (Future<Run> f : futures) {
                Run r = f.get();
                runs.add(r);
                done++;
                if (log != null) {
                    log.accept(String.format("[%d/%d] %s %s noise %d seed %d: %s %.3f -> %.3f (%.1f s, cpu %.1f s)%s", done,
                            jobs.size(), r.task(), r.rule(), r.noiseLevel(), r.seed(), metricName(r.task()), r.initialMetric(),
                            r.finalMetric(), r.seconds(), r.cpuSeconds(), r.error() == null ? "" : " STOPPED: " + r.error()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("temporal experiment interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("temporal experiment run failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (outDir != null) TemporalReport.write(outDir, cfg, tasks, runs, wall, threads);
        return runs;
    }

    static String metricName(String task) {
        return task.equals(PatternMemoryEnv.ID) ? "bit_error" : "reward/episode";
    }

    static Run runOne(Task task, TemporalExperimentConfig cfg, String rule, int level, long seed) {
        InputNoise noise = cfg.noise().get(level);
        TemporalTrainer trainer = trainer(task, cfg, rule, noise, seed);
        long start = System.nanoTime();
        long cpuStart = threadCpuNanos();
        try {
            TemporalTrainer.Result r = trainer.train(null, false, null);
            return new Run(task.envId(), rule, level, noise.currentSigma(), noise.spuriousSpikeRate(), seed,
                    r.curve().get(0).evalMetric(), r.finalMetric(), r.bestMetric(), r.episodes(), r.seconds(),
                    cpuSeconds(cpuStart), null);
        } catch (TrainingDivergedException e) {
            return new Run(task.envId(), rule, level, noise.currentSigma(), noise.spuriousSpikeRate(), seed, Double.NaN,
                    Double.NaN, Double.NaN, 0, (System.nanoTime() - start) / 1e9, cpuSeconds(cpuStart), e.getMessage());
        }
    }

    private static long threadCpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : -1;
    }

    private static double cpuSeconds(long startNanos) {
        long now = threadCpuNanos();
        return startNanos < 0 || now < 0 ? Double.NaN : (now - startNanos) / 1e9;
    }
}
