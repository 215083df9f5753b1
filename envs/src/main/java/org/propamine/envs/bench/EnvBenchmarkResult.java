package org.propamine.envs.bench;

import java.util.Locale;

/**
 * Outcome of {@link EnvBenchmark}: median env steps per wall-clock second.
 *
 * @param envStepsPerS1Thread       one env on one thread
 * @param envStepsPerSAllThreads    one env per thread on {@code threads} threads, summed
 * @param threads                   threads of the second measurement
 * @param preset                    physics preset name
 * @param physicsDt                 internal physics step in s
 * @param iterations                solver iterations
 * @param runs                      timed runs per measurement
 * @param stepsPerRun               env steps per run and thread
 * @param resetsPerRun              health-check resets in the median single-thread run's run set (mean)
 */
public record EnvBenchmarkResult(double envStepsPerS1Thread, double envStepsPerSAllThreads, int threads, String preset,
                                 double physicsDt, int iterations, int runs, int stepsPerRun, double resetsPerRun) {

    /** Speed-up of all threads over one. */
    public double scaling() {
        return envStepsPerSAllThreads / envStepsPerS1Thread;
    }

    /** One JSON object with the keys the CLI prints ({@code env_steps_per_s_1thread}, ...). */
    public String toJson() {
        return String.format(Locale.ROOT, "{\"env_steps_per_s_1thread\": %.1f, \"env_steps_per_s_all_threads\": %.1f, "
                + "\"threads\": %d, \"preset\": \"%s\", \"physics_dt\": %.9g, \"iterations\": %d, \"runs\": %d, "
                + "\"steps_per_run\": %d, \"resets_per_run\": %.2f}", envStepsPerS1Thread, envStepsPerSAllThreads, threads,
                preset, physicsDt, iterations, runs, stepsPerRun, resetsPerRun);
    }
}
