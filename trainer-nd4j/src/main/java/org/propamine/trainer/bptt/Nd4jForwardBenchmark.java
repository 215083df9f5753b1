package org.propamine.trainer.bptt;

import java.util.List;
import java.util.Locale;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.envs.StepResult;
import org.propamine.envs.temporal.InputNoise;
import org.propamine.envs.temporal.TemporalTask;

/**
 * Forward episodes per second on the PatternMemory network: the plain-array path ({@link DifferentiableSnn},
 * one episode at a time) against {@link Nd4jBatchedForward} on batches of B episodes, one thread each. Prints
 * one JSON object; usage {@code Nd4jForwardBenchmark [bits=64] [batch=32] [rule=nm-bcm]}.
 */
public final class Nd4jForwardBenchmark {
    private Nd4jForwardBenchmark() {}

    public static void main(String[] args) {
        int bits = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        String rule = args.length > 2 ? args[2] : "nm-bcm";
        TemporalExperimentConfig sizes = new TemporalExperimentConfig(List.of(rule), List.of(InputNoise.none()), 1, bits, 1, 1,
                4, 8, 1, 2, 1e-2, 1);
        NetworkSpec spec = TemporalExperiment.network(TemporalExperiment.Task.PATTERN_MEMORY, sizes, rule);
        double[] params = TemporalExperiment.trainer(TemporalExperiment.Task.PATTERN_MEMORY, sizes, rule, InputNoise.none(), 1)
                .initialParameters();
        TemporalTask env = TemporalExperiment.envs(TemporalExperiment.Task.PATTERN_MEMORY, sizes, InputNoise.none()).get();
        int steps = env.episodeLength();
        double[][][] rasters = new double[batch][steps][];
        for (int b = 0; b < batch; b++) {
            StepResult r = env.reset(b);
            for (int t = 0; t < steps; t++) {
                rasters[b][t] = r.observation().clone();
                if (t < steps - 1) r = env.step(env.target());
            }
        }
        DifferentiableSnn plain = new DifferentiableSnn(spec, TemporalTrainer.SURROGATE, SpikeMode.HEAVISIDE);
        plain.setParameters(params);
        double[] a = new double[bits];
        Nd4jBatchedForward nd = new Nd4jBatchedForward(spec);
        nd.setParameters(params);
        for (int w = 0; w < 2; w++) {
            nd.run(rasters);
            for (double[][] ep : rasters) {
                plain.reset();
                for (double[] r : ep) plain.envStep(r, a);
            }
        }
        long t0 = System.nanoTime();
        int plainEpisodes = 0;
        while (plainEpisodes < 3 * batch || System.nanoTime() - t0 < 3e9) {
            plain.reset();
            for (double[] r : rasters[plainEpisodes % batch]) plain.envStep(r, a);
            plainEpisodes++;
        }
        double plainRate = plainEpisodes / ((System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        int batches = 0;
        while (batches < 2 || System.nanoTime() - t0 < 3e9) {
            nd.run(rasters);
            batches++;
        }
        double ndRate = batches * batch / ((System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.ROOT, "{\"bench\": \"bptt-forward\", \"bits\": %d, \"rule\": \"%s\", \"batch\": %d, "
                + "\"plain_episodes_per_s\": %.2f, \"nd4j_batched_episodes_per_s\": %.2f, \"ratio\": %.3f}%n",
                bits, rule, batch, plainRate, ndRate, ndRate / plainRate);
    }
}
