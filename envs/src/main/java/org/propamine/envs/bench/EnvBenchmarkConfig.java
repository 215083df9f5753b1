package org.propamine.envs.bench;

import org.propamine.sim.PhysicsConfig;

/**
 * Settings of {@link EnvBenchmark} (protocol of {@code shared/anchors/README.md}).
 *
 * @param envId       registered locomotion env id (default {@code Ant-v1})
 * @param robot       robot name or file overriding the env's robot, or null
 * @param preset      name of the physics preset, reported as is ({@code default} or {@code anchor})
 * @param physics     the physics settings of that preset
 * @param warmupSteps env steps before timing, ≥ 0 (anchors: 2000)
 * @param runs        timed runs, ≥ 1; the median is reported (anchors: 7; the CLI asks ≥ 5)
 * @param stepsPerRun env steps per timed run, ≥ 1 (anchors: 20,000)
 * @param threads     threads of the all-threads measurement, ≥ 1 (default: available processors)
 * @param seed        seed of the random controls and resets (anchors: 12345)
 */
public record EnvBenchmarkConfig(String envId, String robot, String preset, PhysicsConfig physics, int warmupSteps,
                                 int runs, int stepsPerRun, int threads, long seed) {

    public EnvBenchmarkConfig {
        if (envId == null) throw new IllegalArgumentException("bench.env is missing");
        if (preset == null || physics == null) throw new IllegalArgumentException("bench.preset is missing");
        if (warmupSteps < 0) throw new IllegalArgumentException("bench.warmup = " + warmupSteps + ", expected >= 0");
        if (runs < 1) throw new IllegalArgumentException("bench.runs = " + runs + ", expected >= 1");
        if (stepsPerRun < 1) throw new IllegalArgumentException("bench.steps = " + stepsPerRun + ", expected >= 1");
        if (threads < 1) throw new IllegalArgumentException("bench.threads = " + threads + ", expected >= 1");
    }

    /** The anchors' protocol on {@code Ant-v1} at the default physics, all processors. */
    public static EnvBenchmarkConfig defaults() {
        return new EnvBenchmarkConfig("Ant-v1", null, "default", PhysicsConfig.defaults(), 2000, 7, 20_000,
                Runtime.getRuntime().availableProcessors(), 12345);
    }

    /** The same with the anchor physics (1/240 s, 10 iterations), named {@code anchor}. */
    public EnvBenchmarkConfig withAnchorPreset() {
        return new EnvBenchmarkConfig(envId, robot, "anchor", PhysicsConfig.anchor(), warmupSteps, runs, stepsPerRun, threads, seed);
    }

    public EnvBenchmarkConfig withRobot(String robotNameOrFile) {
        return new EnvBenchmarkConfig(envId, robotNameOrFile, preset, physics, warmupSteps, runs, stepsPerRun, threads, seed);
    }

    public EnvBenchmarkConfig withSize(int warmup, int runCount, int steps, int threadCount) {
        return new EnvBenchmarkConfig(envId, robot, preset, physics, warmup, runCount, steps, threadCount, seed);
    }
}
