package org.propamine.trainer.bptt;

import java.util.Locale;
import org.propamine.envs.temporal.InputNoise;
import org.propamine.envs.temporal.PatternMemoryEnv;
import org.propamine.envs.temporal.TemporalTask;

/**
 * {@code bench bptt}: training throughput of surrogate-gradient BPTT on the PatternMemory network (N bits,
 * 2N+1 inputs, 2N recurrent LIF neurons with the given rule, N outputs): episodes per second of forward +
 * backward (what a training step costs per episode) and of the forward alone, on one thread, after warm-up.
 * Timing numbers only; nothing is asserted on them.
 */
public final class BpttBenchmark {

    /** Measured throughput. */
    public record Report(int bits, String rule, int parameters, int episodeSteps, double episodesPerSecond,
                         double forwardEpisodesPerSecond, double msPerEpisode) {
        public String toJson() {
            return String.format(Locale.ROOT, "{\"bench\": \"bptt\", \"env\": \"%s\", \"bits\": %d, \"rule\": \"%s\", \"params\": %d, "
                            + "\"episode_steps\": %d, \"episodes_per_s\": %.3f, \"forward_episodes_per_s\": %.3f, \"ms_per_episode\": %.3f}",
                    PatternMemoryEnv.ID, bits, rule, parameters, episodeSteps, episodesPerSecond, forwardEpisodesPerSecond, msPerEpisode);
        }

        public String describe() {
            return String.format(Locale.ROOT, "BPTT on %s (N = %d, rule %s, %d parameters, %d steps/episode): %.2f episodes/s "
                            + "forward+backward (%.1f ms/episode), %.2f episodes/s forward only",
                    PatternMemoryEnv.ID, bits, rule, parameters, episodeSteps, episodesPerSecond, msPerEpisode, forwardEpisodesPerSecond);
        }
    }

    private BpttBenchmark() {}

    /** Measures for about {@code seconds} per phase (≥ 3 episodes each). */
    public static Report run(int bits, String rule, double seconds) {
        if (!(seconds > 0)) throw new IllegalArgumentException("--seconds " + seconds + ": expected > 0");
        TemporalExperimentConfig sizes = new TemporalExperimentConfig(java.util.List.of(rule), java.util.List.of(InputNoise.none()),
                1, bits, 1, 1, 4, 8, 1, 2, 1e-2, 1);
        var spec = TemporalExperiment.network(TemporalExperiment.Task.PATTERN_MEMORY, sizes, rule);
        TemporalTrainer trainer = TemporalExperiment.trainer(TemporalExperiment.Task.PATTERN_MEMORY, sizes, rule, InputNoise.none(), 1);
        double[] params = trainer.initialParameters();
        DifferentiableSnn net = new DifferentiableSnn(spec, TemporalTrainer.SURROGATE, SpikeMode.HEAVISIDE);
        net.setParameters(params);
        SupervisedEpisode episode = new SupervisedEpisode(net);
        TemporalTask env = TemporalExperiment.envs(TemporalExperiment.Task.PATTERN_MEMORY, sizes, InputNoise.none()).get();
        double[] grad = new double[params.length];
        for (int k = 0; k < 3; k++) episode.run(env, k, "bit_error", grad);
        double withBackward = measure(episode, env, grad, seconds);
        double forward = measure(episode, env, null, seconds);
        return new Report(bits, rule, params.length, env.episodeLength(), withBackward, forward, 1000 / withBackward);
    }

    private static double measure(SupervisedEpisode episode, TemporalTask env, double[] grad, double seconds) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        int n = 0;
        while (n < 3 || System.nanoTime() < deadline) episode.run(env, 100 + n++, "bit_error", grad);
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
