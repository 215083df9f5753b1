package org.propamine.cli.bench;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.propamine.cli.config.ExperimentConfig.PhysicsPreset;
import org.propamine.envs.bench.EnvBenchmark;
import org.propamine.envs.bench.EnvBenchmarkConfig;
import org.propamine.envs.bench.EnvBenchmarkResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code propamine bench env}: env steps per second of a locomotion env ({@link EnvBenchmark}, the protocol of the
 * native anchors: random controls resampled every env step, health-check resets, median of the timed runs after a
 * warm-up), with one thread and with one env per thread on all threads.
 */
@Command(name = "env", mixinStandardHelpOptions = true,
        description = "Env steps per second (1 thread and all threads), protocol of the native anchors.")
public final class BenchEnvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--robot", paramLabel = "ant|hexapod|FILE",
            description = "Robot: ant (Ant-v1, default), hexapod (Hexapod-v1), another shipped name or an MJCF/URDF file (run in Ant-v1).")
    String robot = "ant";

    @Option(names = "--preset", paramLabel = "default|anchor",
            description = "Physics: default (the sim's measured default) or anchor (1/240 s, 10 iterations, as the native Bullet anchor).")
    PhysicsPreset preset = PhysicsPreset.DEFAULT;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the all-threads measurement (default: all cores).")
    Integer threads;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs; the median is reported (default ${DEFAULT-VALUE}; use >= 5).")
    int runs = 7;

    @Option(names = "--steps", paramLabel = "N", hidden = true, description = "Env steps per timed run (default ${DEFAULT-VALUE}).")
    int steps = 20_000;

    @Option(names = "--warmup", paramLabel = "N", hidden = true, description = "Warm-up env steps (default ${DEFAULT-VALUE}).")
    int warmup = 2_000;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        EnvBenchmarkResult r = EnvBenchmark.run(config());
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(r.toJson());
        } else {
            out.printf(Locale.ROOT, "%s, preset %s (dt %.6g s, %d iterations), median of %d runs x %d env steps:%n",
                    envId(), r.preset(), r.physicsDt(), r.iterations(), r.runs(), r.stepsPerRun());
            out.printf(Locale.ROOT, "  1 thread:   %,.0f env steps/s%n", r.envStepsPerS1Thread());
            out.printf(Locale.ROOT, "  %d threads: %,.0f env steps/s (%.2fx)%n", r.threads(), r.envStepsPerSAllThreads(), r.scaling());
            if (runs < 5) out.println("  note: fewer than 5 runs; use --runs 5 or more for a reportable median");
        }
        out.flush();
        return 0;
    }

    String envId() {
        return robot.equals("hexapod") ? "Hexapod-v1" : "Ant-v1";
    }

    EnvBenchmarkConfig config() {
        if (threads != null && threads < 1) throw new IllegalArgumentException("--threads " + threads + ": expected >= 1");
        if (runs < 1) throw new IllegalArgumentException("--runs " + runs + ": expected >= 1");
        if (steps < 1) throw new IllegalArgumentException("--steps " + steps + ": expected >= 1");
        if (warmup < 0) throw new IllegalArgumentException("--warmup " + warmup + ": expected >= 0");
        EnvBenchmarkConfig d = EnvBenchmarkConfig.defaults();
        EnvBenchmarkConfig c = new EnvBenchmarkConfig(envId(), d.robot(), d.preset(), d.physics(), d.warmupSteps(),
                d.runs(), d.stepsPerRun(), d.threads(), d.seed());
        if (preset == PhysicsPreset.ANCHOR) c = c.withAnchorPreset();
        if (!robot.equals("ant") && !robot.equals("hexapod")) c = c.withRobot(robot);
        return c.withSize(warmup, runs, steps, threads != null ? threads : d.threads());
    }
}
