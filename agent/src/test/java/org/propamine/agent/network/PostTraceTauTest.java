package org.propamine.agent.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.agent.SnnController;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;

/**
 * {@code post_trace_tau}: a layer's post trace y (its rule's and modulator's) decays with τ_post, the trace z its
 * spikes leave for the next layer with τ_pre ({@code trace_tau}); with the default (τ_post = τ_pre) both are one
 * array, as before.
 */
class PostTraceTauTest {

    @Test
    void postTracesDecayWithPostTauAndTheNextLayersPreTracesWithTraceTau() {
        NetworkSpec spec = NetworkSpecs.preset("tiny-snn").withPostTraceTau(0.004);
        double dPre = Math.exp(-spec.dt() / spec.traceTau()), dPost = Math.exp(-spec.dt() / 0.004);
        SnnController c = SnnController.create(spec, 3);
        c.reset(0);
        SpikingNetwork net = c.network();
        double[][] y = new double[2][], z = new double[2][];
        for (int l = 0; l < 2; l++) {
            y[l] = new double[spec.layers().get(l).out()];
            z[l] = new double[y[l].length];
        }
        SplittableRandom rng = new SplittableRandom(5);
        double[] raster = new double[spec.rasterSize()];
        int spikes = 0;
        for (int t = 0; t < 60; t++) {
            for (int k = 0; k < raster.length; k++) raster[k] = rng.nextDouble(0, 2);
            for (int k = 0; k < spec.substeps(); k++) {
                net.substep(raster, k);
                for (int l = 0; l < 2; l++) {
                    double[] s = net.layer(l).spikes();
                    for (int i = 0; i < s.length; i++) {
                        y[l][i] = dPost * y[l][i] + (1 - dPost) * s[i];
                        z[l][i] = dPre * z[l][i] + (1 - dPre) * s[i];
                        spikes += (int) s[i];
                    }
                    assertArrayEquals(y[l], net.layer(l).postTraces(), 0, "layer " + l + " post traces, step " + t);
                }
                assertArrayEquals(z[0], net.layer(0).outgoingTraces(), 0, "layer 0's trace for layer 1, step " + t);
            }
        }
        assertTrue(spikes > 50, "the layers spike: " + spikes);
        assertNotSame(net.layer(0).postTraces(), net.layer(0).outgoingTraces());
        assertSame(net.layer(1).postTraces(), net.layer(1).outgoingTraces(), "no layer reads the last layer's z");
    }

    @Test
    void theDefaultKeepsOneTracePerNeuron() {
        NetworkSpec spec = NetworkSpecs.preset("tiny-snn");
        assertEquals(spec.traceTau(), spec.postTraceTau(), 0);
        SpikingNetwork net = new SpikingNetwork(spec);
        for (int l = 0; l < net.layerCount(); l++) assertSame(net.layer(l).postTraces(), net.layer(l).outgoingTraces());
    }
}
