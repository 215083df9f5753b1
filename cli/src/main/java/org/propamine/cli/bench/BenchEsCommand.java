package org.propamine.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.propamine.cli.config.ConfigLoader;
import org.propamine.cli.train.ExperimentParts;
import org.propamine.cli.train.TrainerConfigs;
import org.propamine.trainer.EsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code propamine bench es}: ES generation time split into rollouts vs strategy math, and episodes/s with one
 * thread vs all threads ({@link EsBenchmark}), for the experiment of a config (default: the default config).
 */
@Command(name = "es", mixinStandardHelpOptions = true,
        description = "ES generation time: rollouts vs strategy math, 1 thread vs all threads.")
public final class BenchEsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE|NAME", description = "Experiment config (default: assets/configs/default.yaml).")
    String config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Config override (repeatable), e.g. trainer.population=32.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the multi-thread measurement (0 = all cores, default).")
    int threads;

    @Option(names = "--generations", paramLabel = "N", description = "Measured generations per thread count (default ${DEFAULT-VALUE}).")
    int generations = 3;

    @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured warm-up generations (default ${DEFAULT-VALUE}).")
    int warmup = 1;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (threads < 0) throw new IllegalArgumentException("--threads " + threads + ": expected >= 0 (0 = all cores)");
        ConfigLoader.Resolved r = ConfigLoader.load(config, sets);
        ExperimentParts parts = ExperimentParts.of(r);
        EsBenchmark.Report report = EsBenchmark.run(TrainerConfigs.of(r.config()), parts.envs(), parts.policies(),
                threads, warmup, generations);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(report.toJson());
        } else {
            out.printf("ES generation on %s, %s, population %d, %d parameters%n", r.config().env().id(),
                    parts.spec().name(), r.config().trainer().population(), parts.parameterCount());
            out.println(report.describe());
        }
        out.flush();
        return 0;
    }
}
