package org.propamine.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;
import org.propamine.envs.StepResult;
import org.propamine.envs.encoding.SpikeEncoding;
import org.propamine.envs.pointmass.PointMassEnv;

/** The per-step path (encoding wrapper + controller) allocates nothing after warm-up. */
class ZeroAllocationTest {
    private static final long SLACK_BYTES = 1024;

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void encodedPointMassEpisodeAllocatesNothing() {
        NetworkSpec spec = NetworkSpecs.preset("point-mass-snn");
        PointMassEnv base = new PointMassEnv();
        SpikeEncoding env = SpikeEncoding.of(base, spec.encoding().type(), spec.substeps(), spec.encoding().split(), spec.encoding().args());
        assertEquals(spec.rasterSize(), env.observationSpace().size());
        SnnController controller = SnnController.create(spec, 3);
        double[] action = new double[2];
        controller.reset(1);
        StepResult r = env.reset(1);
        for (int t = 0; t < 3000; t++) {
            controller.act(r.observation(), action);
            r = env.step(action);
        }
        long before = allocatedBytes();
        for (int t = 0; t < 1000; t++) {
            controller.act(r.observation(), action);
            r = env.step(action);
        }
        long allocated = allocatedBytes() - before;
        assertTrue(allocated <= SLACK_BYTES, "1000 encoded env steps + controller allocated " + allocated + " bytes");
    }

    @Test
    void referenceAntControllerAllocatesNothing() {
        for (String preset : new String[] {"ant-snn", "tiny-snn"}) {
            NetworkSpec spec = NetworkSpecs.preset(preset);
            SnnController controller = SnnController.create(spec, 3);
            double[] raster = TestNets.randomRaster(spec, new java.util.SplittableRandom(1));
            double[] action = new double[spec.readout().out()];
            for (int t = 0; t < 3000; t++) controller.act(raster, action);
            long before = allocatedBytes();
            for (int t = 0; t < 1000; t++) controller.act(raster, action);
            controller.reset(2);
            long allocated = allocatedBytes() - before;
            assertTrue(allocated <= SLACK_BYTES, preset + ": 1000 env steps allocated " + allocated + " bytes");
        }
    }
}
