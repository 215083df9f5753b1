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
     * @param microsPerStep   mean µs per env step (K substeps + decode)
     * @param params          learnable parameter count
     * @param substeps        K
     * @param plasticSynapses synapses with a plastic rule
     * @param steps           measured env steps
     */
    public record Result(String preset, double microsPerStep, int params, int substeps, int plasticSynapses, int steps) {}

    /** The reference ant controller {@code ant-snn} (NM-BCM on every synapse, K = 4). */
    public static Result reference() {
        return run(NetworkSpecs.preset("ant-snn"), 2_000, 20_000, 1L);
    }

    /** Times {@code steps} env steps after {@code warmup} steps; episodes are reset every 1000 steps. */
    public static Result run(NetworkSpec spec, int warmup, int steps, long seed) {
        SnnController controller = SnnController.create(spec, seed);
        double[][] rasters = rasters(spec, 64, seed);
        double[] action = new double[spec.readout().out()];
        drive(controller, rasters, action, warmup);
        long t0 = System.nanoTime();
        drive(controller, rasters, action, steps);
        long t1 = System.nanoTime();
        return new Result(spec.name(), (t1 - t0) / 1e3 / steps, controller.parameterCount(), spec.substeps(),
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
