package org.propamine.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;
import org.propamine.plasticity.ParameterSegment;

class ControllerCodecTest {

    @Test
    void roundTripIsBitwiseExact() {
        for (String preset : new String[] {"ant-snn", "ant-snn-static", "tiny-snn", "point-mass-snn"}) {
            SnnController c = SnnController.create(NetworkSpecs.preset(preset), 3);
            SplittableRandom rng = new SplittableRandom(11);
            double[] p = new double[c.parameterCount()];
            for (int i = 0; i < p.length; i++) p[i] = Double.longBitsToDouble(rng.nextLong() & 0x7FEFFFFFFFFFFFFFL) * (rng.nextBoolean() ? 1 : -1);
            p[0] = -0.0;
            c.setParameters(p);
            double[] q = new double[p.length];
            c.getParameters(q);
            for (int i = 0; i < p.length; i++) {
                assertEquals(Double.doubleToRawLongBits(p[i]), Double.doubleToRawLongBits(q[i]), preset + " index " + i);
            }
        }
    }

    /**
     * Parameter counts by the documented order. ant-snn: W 56·128 + 128·64 = 15360, biases 192, α 15360,
     * raw η 2, modulator w_M 128 + 64 and b_M 2, readout 64·8 + 8 = 520 ⇒ 31628. The static twin has no α, η or
     * modulator: 15360 + 192 + 520 = 16072.
     */
    @Test
    void countsAndOrderFollowTheDocumentation() {
        SnnController ant = SnnController.create(NetworkSpecs.preset("ant-snn"), 1);
        assertEquals(31628, ant.parameterCount());
        List<String> names = ant.codec().layout().stream().map(ParameterSegment::name).toList();
        assertEquals(List.of("layers[0].w", "layers[1].w", "layers[0].bias", "layers[1].bias", "layers[0].alpha", "layers[1].alpha",
                "layers[0].eta_raw", "layers[1].eta_raw", "layers[0].mod_w", "layers[0].mod_b", "layers[1].mod_w", "layers[1].mod_b",
                "readout.w", "readout.bias"), names);
        assertEquals(16072, SnnController.create(NetworkSpecs.preset("ant-snn-static"), 1).parameterCount());
        // tiny-snn: w 4·6 + w_rec 6·6 + 6·5 = 90, bias 11, α per-post 6 + shared 1, η 1 + (η, η_E) 2,
        // modulator 6 + 1 + f 6 + g 6 and 5 + 1, readout 5·2 + 2 ⇒ 90+11+7+3+25+12 = 148
        assertEquals(148, SnnController.create(NetworkSpecs.preset("tiny-snn"), 1).parameterCount());
    }

    @Test
    void sameSeedSameActionsAndParametersTransferBetweenControllers() {
        NetworkSpec spec = NetworkSpecs.preset("tiny-snn");
        SnnController a = SnnController.create(spec, 5), b = SnnController.create(spec, 5), c = SnnController.create(spec, 6);
        double[] pa = new double[a.parameterCount()], pc = new double[c.parameterCount()];
        a.getParameters(pa);
        c.getParameters(pc);
        assertFalse(java.util.Arrays.equals(pa, pc), "different seeds must give different parameters");
        SnnController d = new SnnController(new org.propamine.agent.network.SpikingNetwork(spec));
        d.setParameters(pa);
        for (SnnController x : new SnnController[] {a, b, d}) x.reset(1);
        SplittableRandom rng = new SplittableRandom(9);
        double[] ya = new double[2], yb = new double[2], yd = new double[2];
        for (int t = 0; t < 500; t++) {
            double[] r = TestNets.randomRaster(spec, rng);
            a.act(r, ya);
            b.act(r, yb);
            d.act(r, yd);
            assertArrayEquals(ya, yb, 0.0, "step " + t);
            assertArrayEquals(ya, yd, 0.0, "step " + t);
        }
    }

    /** The same seed gives bit-identical actions on two threads running at the same time. */
    @Test
    void identicalActionsAcrossThreads() throws Exception {
        NetworkSpec spec = NetworkSpecs.preset("ant-snn");
        java.util.concurrent.Callable<double[]> job = () -> {
            SnnController c = SnnController.create(spec, 8);
            c.reset(3);
            SplittableRandom rng = new SplittableRandom(21);
            double[] action = new double[8], trace = new double[8 * 200];
            for (int t = 0; t < 200; t++) {
                c.act(TestNets.randomRaster(spec, rng), action);
                System.arraycopy(action, 0, trace, 8 * t, 8);
            }
            return trace;
        };
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(job);
            var b = pool.submit(job);
            double[] here = job.call();
            assertArrayEquals(here, a.get(), 0.0);
            assertArrayEquals(here, b.get(), 0.0);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wrongSizesAreRejected() {
        SnnController c = SnnController.create(NetworkSpecs.preset("tiny-snn"), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.setParameters(new double[3]));
        assertEquals("parameter vector has 3 values, expected 148", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> c.act(new double[5], new double[2]));
    }
}
