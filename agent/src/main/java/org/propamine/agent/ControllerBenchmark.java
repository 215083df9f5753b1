package org.propamine.agent;

import java.util.SplittableRandom;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;

/**
 * Micro-benchmark core for {@code propamine bench controller}: wall time of {@link SnnController#act} per env
 * step on a stream of pre-generated rasters (current-encoded random observations split into ± channels, as the
 * reference ant encoding produces), single thread, after a warm-up. Timing only; no assertions.
 */
public final class ControllerBenchmark {
    private ControllerBenchmark() {}

    /**
     * @param preset          network preset name
     * @param microsPerStep   mean wall-clock µs per env step (K substeps + decode)
     * @param cpuMicrosPerStep mean CPU µs of the benchmark thread per env step (less sensitive to other load)
     * @param params          learnable parameter count
     * @param substeps        K
     * @param plasticityInterval substeps between plasticity updates
     * @param plasticSynapses synapses with a plastic rule
     * @param steps           measured env steps
     */
    public record Result(String preset, double microsPerStep, double cpuMicrosPerStep, int params, int substeps, int plasticityInterval,
                         int plasticSynapses, int steps) {}

    /** The reference ant controller {@code ant-snn} (NM-BCM on every synapse, K = 4). */
    public static Result reference() {
        return run(NetworkSpecs.preset("ant-snn"), 2_000, 20_000, 1L);
    }

    /**
     * The reference controller and its cheaper or non-plastic relatives, for the report: {@code ant-snn}
     * (plasticity every substep), {@code ant-snn} with {@code plasticity_interval = 4} (once per env step) and
     * {@code ant-snn-static} (rule none).
     */
    public static java.util.List<Result> referenceVariants() {
        NetworkSpec ant = NetworkSpecs.preset("ant-snn");
        return java.util.List.of(run(ant, 2_000, 20_000, 1L),
                run(ant.withPlasticityInterval(ant.substeps()), 2_000, 20_000, 1L),
                run(NetworkSpecs.preset("ant-snn-static"), 2_000, 20_000, 1L));
    }

    /** Times {@code steps} env steps after {@code warmup} steps; episodes are reset every 1000 steps. */
    public static Result run(NetworkSpec spec, int warmup, int steps, long seed) {
        SnnController controller = SnnController.create(spec, seed);
        double[][] rasters = rasters(spec, 64, seed);
        double[] action = new double[spec.readout().out()];
        drive(controller, rasters, action, warmup);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        drive(controller, rasters, action, steps);
        long t1 = System.nanoTime();
        long c1 = mx.getCurrentThreadCpuTime();
        return new Result(spec.name(), (t1 - t0) / 1e3 / steps, (c1 - c0) / 1e3 / steps, controller.parameterCount(), spec.substeps(), spec.plasticityInterval(),
                controller.network().plasticSynapses(), steps);
    }

    private static void drive(SnnController c, double[][] rasters, double[] action, int steps) {
        for (int t = 0; t < steps; t++) {
            if (t % 1000 == 0) c.reset(t);
            c.act(rasters[t % rasters.length], action);
        }
    }

    /** Rasters whose rows repeat a ± split of N(0,1) observations (inputs/2 dims), like a current encoding. */
    static double[][] rasters(NetworkSpec spec, int count, long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int c = spec.inputs(), half = c / 2;
        double[][] out = new double[count][spec.rasterSize()];
        for (double[] r : out) {
            for (int d = 0; d < half; d++) {
                double x = 2 * rng.nextDouble() - 1;
                for (int k = 0; k < spec.substeps(); k++) {
                    r[k * c + 2 * d] = Math.max(x, 0);
                    r[k * c + 2 * d + 1] = Math.max(-x, 0);
                }
            }
        }
        return out;
    }
}
