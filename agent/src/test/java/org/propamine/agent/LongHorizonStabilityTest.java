package org.propamine.agent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.agent.network.SpikingLayer;
import org.propamine.agent.network.SpikingNetwork;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;
import org.propamine.plasticity.PlasticState;
import org.propamine.plasticity.Rules;

/**
 * 10,000 env steps of random input with large plasticity coefficients and a strongly driven modulator: every
 * state stays finite, every |H| ≤ c, every |E| bounded, BCM thresholds in [0, 1] (θ is a running mean of y² with
 * y ∈ [0, 1]) and actions in [−1, 1].
 */
class LongHorizonStabilityTest {

    @Test
    void referenceAntControllerStaysBounded() {
        run(NetworkSpecs.preset("ant-snn"), 10_000, 1);
    }

    @Test
    void everyRuleStaysBoundedOnASmallNetwork() {
        for (String rule : Rules.names()) run(TestNets.small(rule, 2.0, 0.5), 10_000, 2);
    }

    private static void run(NetworkSpec spec, int steps, long seed) {
        SnnController c = SnnController.create(spec, seed);
        double[] p = new double[c.parameterCount()];
        c.getParameters(p);
        SplittableRandom rng = new SplittableRandom(seed);
        int offset = 0;
        for (var s : c.codec().layout()) {
            if (s.name().endsWith("alpha") || s.name().endsWith("mod_w") || s.name().endsWith("rule")) {
                for (int i = 0; i < s.length(); i++) p[offset + i] = 3 * (2 * rng.nextDouble() - 1);
            }
            offset += s.length();
        }
        c.setParameters(p);
        c.reset(seed);
        double[] action = new double[spec.readout().out()];
        double[] raster = new double[spec.rasterSize()];
        SpikingNetwork net = c.network();
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < raster.length; i++) raster[i] = 3 * rng.nextDouble() * (rng.nextDouble() < 0.5 ? 1 : 0);
            c.act(raster, action);
            if (t % 97 == 0 || t == steps - 1) check(spec, net, action, t);
        }
    }

    private static void check(NetworkSpec spec, SpikingNetwork net, double[] action, int t) {
        String where = spec.name() + "/" + spec.layers().get(0).plasticity().rule().name() + " step " + t;
        for (double a : action) assertTrue(a >= -1 && a <= 1, where + ": action " + a);
        for (int l = 0; l < net.layerCount(); l++) {
            SpikingLayer layer = net.layer(l);
            double clip = layer.spec().plasticity().clip();
            for (double v : layer.potentials()) assertTrue(Double.isFinite(v), where + ": membrane " + v);
            for (double y : layer.postTraces()) assertTrue(y >= 0 && y <= 1, where + ": trace " + y);
            PlasticState s = layer.plasticState();
            for (double h : s.h()) assertTrue(h >= -clip && h <= clip, where + ": H " + h);
            for (double e : s.e()) assertTrue(Double.isFinite(e) && Math.abs(e) <= 10, where + ": E " + e);
            for (double th : s.theta) assertTrue(th >= 0 && th <= 1, where + ": theta " + th);
            assertTrue(Double.isFinite(s.modulator()), where + ": M");
        }
    }
}
