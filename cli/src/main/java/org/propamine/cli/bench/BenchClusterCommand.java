package org.propamine.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.propamine.cli.Main;
import org.propamine.cli.cluster.ClusterOptions;
import org.propamine.cli.config.ConfigLoader;
import org.propamine.cli.train.ExperimentParts;
import org.propamine.cli.train.ExperimentSetup;
import org.propamine.cli.train.TrainerConfigs;
import org.propamine.trainer.EsBenchmark;
import org.propamine.trainer.TrainerConfig;
import org.propamine.trainer.cluster.ClusterConfig;
import org.propamine.trainer.cluster.ClusterMember;
import org.propamine.trainer.cluster.MemberProcess;
import org.propamine.trainer.rollout.RolloutBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code propamine bench cluster}: the per-generation cost of cluster mode on one machine — a trainer member
 * with N threads plus a {@code propamine worker} JVM with N threads, over loopback — against local mode with
 * 2N threads, generation by generation and alternating ({@link EsBenchmark#compare}: both modes run the same
 * episodes in generation g). Wall-clock numbers: they depend on what else the machine runs.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Cluster-mode overhead: trainer member + worker JVM (N threads each, loopback) vs local mode with 2N threads.")
public final class BenchClusterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE|NAME", description = "Experiment config (default: assets/configs/default.yaml).")
    String config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Config override (repeatable), e.g. env.max_steps=200.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Threads per member (default ${DEFAULT-VALUE}); local mode gets 2N.")
    int threads = 1;

    @Option(names = "--generations", paramLabel = "N", description = "Measured generations per mode (default ${DEFAULT-VALUE}).")
    int generations = 5;

    @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured warm-up generations per mode (default ${DEFAULT-VALUE}).")
    int warmup = 1;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) throw new IllegalArgumentException("--threads " + threads + ": expected >= 1");
        ConfigLoader.Resolved r = ConfigLoader.load(config, sets);
        ExperimentParts parts = ExperimentParts.of(r);
        TrainerConfig tc = TrainerConfigs.of(r.config());
        ExperimentSetup setup = new ExperimentSetup(r.yaml(), parts);

        String name = "bench-" + ProcessHandle.current().pid();
        int seedPort = MemberProcess.freePort();
        String join = "127.0.0.1:" + seedPort;
        EsBenchmark.Comparison c;
        try (MemberProcess worker = MemberProcess.start(Main.class.getName(), List.of("worker", "--join", join,
                "--port", Integer.toString(seedPort), "--threads", Integer.toString(threads), "--cluster-name", name), "propamine worker: ");
             ClusterMember member = ClusterOptions.start(new ClusterConfig(join, name, ClusterConfig.DEFAULT_BIND,
                     MemberProcess.freePort(), threads, 30, ClusterOptions.secret()))) {
            c = EsBenchmark.compare(tc, setup, RolloutBackend.LOCAL, 2 * threads, member, threads, warmup, generations);
        }
        EsBenchmark.Result local = c.a();
        EsBenchmark.Result cluster = c.b();
        double overhead = c.medianRatio() - 1;
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(String.format(Locale.ROOT, "{\"local\": %s, \"cluster\": %s, \"members\": 2, \"overhead\": %.4f}",
                    local.toJson(), cluster.toJson(), overhead));
        } else {
            out.printf("Cluster vs local on %s, %s, population %d, %d parameters, %d measured generations%n", r.config().env().id(),
                    parts.spec().name(), r.config().trainer().population(), parts.parameterCount(), generations);
            out.println("local:   " + local.describe());
            out.println("cluster: " + cluster.describe() + " (2 JVMs, " + threads + " thread(s) each)");
            out.printf(Locale.ROOT, "overhead %+.1f%% per generation (median over the generations of cluster time / local time)%n", 100 * overhead);
        }
        out.flush();
        return 0;
    }
}
