package org.propamine.cli.train;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.propamine.cli.cluster.ClusterOptions;
import org.propamine.cli.config.ConfigLoader;
import org.propamine.cli.config.ExperimentConfig;
import org.propamine.cli.run.ProgressLine;
import org.propamine.cli.run.RunDirectory;
import org.propamine.cli.temporal.BpttTraining;
import org.propamine.envs.temporal.InputNoise;
import org.propamine.trainer.GenerationMetrics;
import org.propamine.trainer.Trainer;
import org.propamine.trainer.TrainerConfig;
import org.propamine.trainer.TrainerConfigJson;
import org.propamine.trainer.TrainerListener;
import org.propamine.trainer.TrainerState;
import org.propamine.trainer.bptt.BpttRun;
import org.propamine.trainer.checkpoint.CheckpointWriter;
import org.propamine.trainer.cluster.ClusterMember;
import org.propamine.trainer.checkpoint.Checkpoints;
import org.propamine.trainer.io.AtomicFiles;
import org.propamine.trainer.rollout.BatchResult;
import org.propamine.trainer.rollout.RolloutBackend;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code propamine train}: resolves and validates the experiment config, builds env and controller through
 * the registries, and only then creates the run directory and runs the ES trainer with progress, metrics,
 * plots, checkpoints and a summary. {@code --resume DIR} continues a run from its newest good checkpoint.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a spiking controller (default: the plastic NM-BCM SNN on Ant-v1, assets/configs/default.yaml).",
            "Writes runs/<name>-<time>/ (or --out): config.yaml, metrics.csv, fitness.png, distance.png, checkpoints/, summary.*"})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE|NAME",
            description = "Experiment YAML, layered on assets/configs/default.yaml; a bare NAME means assets/configs/NAME.yaml (e.g. ant-static, quick).")
    String config;

    @Option(names = "--env", paramLabel = "ID", description = "Env id (shortcut for --set env.id=ID).")
    String env;

    @Option(names = "--rule", paramLabel = "RULE", description = "Plasticity rule, e.g. nm-bcm, hebbian, none (shortcut for --set network.rule=RULE).")
    String rule;

    @Option(names = "--trainer", paramLabel = "KIND", description = "es, bptt or hybrid (shortcut for --set trainer.type=KIND).")
    ExperimentConfig.TrainerKind trainer;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one config field, e.g. trainer.sigma=0.03 (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Rollout threads, 0 = all cores (shortcut for --set threads=N).")
    Integer threads;

    @Option(names = "--cluster", paramLabel = "HOST:PORT",
            description = "Run the rollouts on a cluster: join the member at HOST:PORT (see 'propamine worker'); shortcut for --set cluster.address=HOST:PORT.")
    String cluster;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (shortcut for --set seed=S).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default runs/<name>-<yyyyMMdd-HHmmss>); must not exist or be empty.")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "Continue the run in DIR from its newest good checkpoint (with its config.yaml; --set, --threads and --cluster may change stop rules, threads and cluster).")
    Path resume;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (resume != null && (config != null || env != null || rule != null || trainer != null || seed != null || this.out != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--resume continues a run with its saved config.yaml; only --set, --threads and --cluster may be combined with it");
        }
        RunDirectory existing = resume != null ? RunDirectory.open(resume) : null;
        ConfigLoader.Resolved resolved = ConfigLoader.load(
                existing != null ? existing.config().toString() : config, overrides());
        ExperimentConfig c = resolved.config();
        if (c.trainer().type() != ExperimentConfig.TrainerKind.ES && c.cluster().address() != null) {
            throw resolved.fieldError("cluster.address", "cluster mode runs the es trainer only, this run uses " + c.trainer().type());
        }
        if (c.trainer().type() == ExperimentConfig.TrainerKind.HYBRID) checkHybrid(resolved, existing);
        if (c.trainer().type() == ExperimentConfig.TrainerKind.HYBRID && !isTemporalTask(c.env().id())) {
            return trainHybridLocomotion(resolved, out);
        }
        if (c.trainer().type() != ExperimentConfig.TrainerKind.ES) return trainTemporal(resolved, existing, out);
        TrainerConfig tc = TrainerConfigs.of(c);
        ExperimentParts parts = ExperimentParts.of(resolved);

        TrainerState start = null;
        if (existing != null) {
            Checkpoints.Found found = Checkpoints.latestGood(existing.checkpoints());
            if (!found.rejected().isEmpty()) spec.commandLine().getErr().println("propamine: " + found.describe());
            start = found.checkpoint().stateFor(tc);
        }
        // join the cluster before anything is written: an unreachable cluster leaves no run directory behind
        try (ClusterMember member = c.cluster().address() == null ? null : ClusterOptions.start(ClusterOptions.of(c.cluster(), c.threads()))) {
            return train(resolved, tc, parts, existing, start, member, out);
        }
    }

    private int train(ConfigLoader.Resolved resolved, TrainerConfig tc, ExperimentParts parts, RunDirectory existing,
                      TrainerState start, ClusterMember member, PrintWriter out) throws Exception {
        ExperimentConfig c = resolved.config();
        RunDirectory run;
        if (existing != null) {
            run = existing;
            out.println("Resuming " + run.path() + " after generation " + start.generation());
        } else {
            Path dir = this.out != null ? this.out : RunDirectory.defaultPath(c.name(), LocalDateTime.now());
            run = RunDirectory.create(dir, resolved.yaml());
            out.println("Run directory: " + run.path());
        }
        AtomicFiles.writeString(run.file("trainer.json"), TrainerConfigJson.write(tc) + "\n");

        RolloutBackend backend = member == null ? RolloutBackend.LOCAL : member;
        try (Trainer t = new Trainer(tc, new ExperimentSetup(resolved.yaml(), parts), start, backend);
             MetricsRecorder metrics = MetricsRecorder.open(run.path(), t.state().generation(), 5)) {
            out.printf("Training %s on %s: %d parameters, %d episodes per generation, %d threads%s, %d generations%n",
                    c.network().rule() == null ? c.network().preset() : c.network().preset() + " (" + c.network().rule() + ")",
                    c.env().id(), parts.parameterCount(), c.trainer().population() * c.trainer().episodesPerCandidate(),
                    t.threads(), member == null ? "" : " on cluster '" + c.cluster().name() + "' (" + member.size() + " members, this one "
                            + member.name() + ")", c.trainer().generations());
            ProgressLine bar = new ProgressLine(out, "gen", System.console() != null, c.trainer().generations(),
                    t.state().generation(), System.nanoTime());
            ProgressReporter progress = new ProgressReporter(bar, tc.stop().timeBudgetSeconds());
            LastEvaluation last = new LastEvaluation();
            CheckpointWriter checkpoints = new CheckpointWriter(run.checkpoints(), t);
            List<TrainerListener> listeners = List.of(metrics, checkpoints, last, progress);
            Path runPath = run.path();
            Thread interrupted = new Thread(() -> {
                // Ctrl-C / SIGTERM: the checkpoints on disk are complete (atomic); say how to continue
                System.err.println(System.lineSeparator() + "propamine: training stopped; continue with: propamine train --resume " + runPath);
            });
            Runtime.getRuntime().addShutdownHook(interrupted);
            TrainerState end = t.run(listeners);
            Runtime.getRuntime().removeShutdownHook(interrupted);
            progress.finish();
            checkpoints.save(end);
            metrics.plot();
            // the final mean on the fixed evaluation episodes (the run may stop between periodic evaluations)
            BatchResult finalEval = t.evaluate(end.mean(), end.observationStats());
            last.fitness = mean(finalEval.fitness());
            last.distance = BatchResult.finiteMean(finalEval.distances());
            last.ret = BatchResult.finiteMean(finalEval.returns());
            RunSummary summary = new RunSummary(c.name(), c.env().id(), String.valueOf(c.network().rule()),
                    parts.parameterCount(), end.generation(), end.envSteps(), end.wallSeconds(), t.threads(),
                    end.bestEvalFitness(), last.fitness, last.distance, last.ret);
            summary.write(run.path());
            out.printf("Done: %d generations in %.1f min; final mean parameters walk %s m (mean of the evaluation episodes). Results in %s%n",
                    end.generation(), end.wallSeconds() / 60,
                    Double.isNaN(last.distance) ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f", last.distance),
                    run.path());
        }
        return 0;
    }

    /**
     * {@code --trainer bptt}: the temporal tasks trained by surrogate-gradient BPTT (PatternMemory-v1) or
     * REINFORCE through the SNN (CueReward-v1), at the C1 experiment's sizes ({@link BpttTraining});
     * {@code --trainer hybrid}: ES plus the BPTT gradient on PatternMemory-v1 ({@link HybridTraining#patternMemory}).
     */
    private int trainTemporal(ConfigLoader.Resolved resolved, RunDirectory existing, PrintWriter out) throws Exception {
        ExperimentConfig c = resolved.config();
        boolean hybrid = c.trainer().type() == ExperimentConfig.TrainerKind.HYBRID;
        try {
            BpttRun.task(c.env().id());
        } catch (IllegalArgumentException e) {
            throw resolved.fieldError("env.id", "got '" + c.env().id() + "', the bptt trainer supports "
                    + e.getMessage().replaceFirst("^.*supports ", ""));
        }
        if (c.network().rule() == null) throw resolved.fieldError("network.rule", "missing, the bptt trainer needs a rule id (none for the non-plastic SNN)");
        InputNoise noise;
        try {
            noise = new InputNoise(c.env().noiseSigma(), c.env().spuriousRate());
        } catch (IllegalArgumentException e) {
            throw resolved.fieldError("env.noise_sigma", e.getMessage());
        }
        RunDirectory run;
        if (existing != null) {
            run = existing;
        } else {
            Path dir = this.out != null ? this.out : RunDirectory.defaultPath(c.name(), LocalDateTime.now());
            run = RunDirectory.create(dir, resolved.yaml());
        }
        if (hybrid) return HybridTraining.patternMemory(resolved, run, noise, out);
        return BpttTraining.run(c.env().id(), c.network().rule(), c.seed(), noise, run.path(), existing != null, out);
    }

    /** The combinations the hybrid trainer refuses: other temporal tasks, another strategy, a resume. */
    private static void checkHybrid(ConfigLoader.Resolved resolved, RunDirectory existing) {
        ExperimentConfig c = resolved.config();
        if (isTemporalTask(c.env().id()) && !c.env().id().equals("PatternMemory-v1")) {
            throw resolved.fieldError("env.id", "got '" + c.env().id()
                    + "', the hybrid trainer supports PatternMemory-v1 and the locomotion envs (Ant-v1, Hexapod-v1)");
        }
        if (!c.trainer().strategy().equals("open_es")) {
            throw resolved.fieldError("trainer.strategy", "got '" + c.trainer().strategy() + "', the hybrid trainer uses open_es");
        }
        if (existing != null) throw new IllegalArgumentException("--resume: hybrid runs cannot be resumed");
    }

    private static boolean isTemporalTask(String envId) {
        try {
            BpttRun.task(envId);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * {@code --trainer hybrid} on a locomotion env: ES on the true fitness plus the policy gradient through the SNN
     * ({@link HybridTraining#locomotion}); every config error surfaces before the run directory exists.
     */
    private int trainHybridLocomotion(ConfigLoader.Resolved resolved, PrintWriter out) throws Exception {
        ExperimentParts parts = ExperimentParts.of(resolved);
        try (var objective = HybridTraining.locomotionObjective(resolved, parts)) {
            Path dir = this.out != null ? this.out : RunDirectory.defaultPath(resolved.config().name(), LocalDateTime.now());
            RunDirectory run = RunDirectory.create(dir, resolved.yaml());
            return HybridTraining.locomotion(resolved, parts, objective, run, out);
        }
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) sum += v;
        return sum / x.length;
    }

    /** Shortcut flags first, then the --set list (later wins). */
    List<String> overrides() {
        List<String> o = new ArrayList<>();
        if (env != null) o.add(ConfigLoader.shortcut("--env", env, "env.id"));
        if (rule != null) o.add(ConfigLoader.shortcut("--rule", rule, "network.rule"));
        if (trainer != null) o.add(ConfigLoader.shortcut("--trainer", trainer, "trainer.type"));
        if (threads != null) o.add(ConfigLoader.shortcut("--threads", threads, "threads"));
        if (seed != null) o.add(ConfigLoader.shortcut("--seed", seed, "seed"));
        if (cluster != null) o.add(ConfigLoader.shortcut("--cluster", cluster, "cluster.address"));
        o.addAll(sets);
        return o;
    }

    /** Remembers the latest evaluation of the mean parameters. */
    private static final class LastEvaluation implements TrainerListener {
        double fitness = Double.NaN, distance = Double.NaN, ret = Double.NaN;

        @Override
        public void onGeneration(GenerationMetrics m, TrainerState state) {
            if (m.evaluated()) {
                fitness = m.evalFitness();
                distance = m.evalDistance();
                ret = m.evalReturn();
            }
        }
    }
}
