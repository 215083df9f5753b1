package org.propamine.cli.play;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.agent.Policy;
import org.propamine.agent.SnnController;
import org.propamine.agent.network.SpikingLayer;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;
import org.propamine.plasticity.PlasticState;

class SnnActivityTest {

    /** 2 inputs → 3 LIF (Hebbian) → 2 LIF, leaky readout to 1: in ≠ out, so a transposed read shows. */
    private static SnnController tiny() {
        NetworkSpec spec = NetworkSpecs.parse("tiny-test.json", """
            {"name": "tiny-test", "inputs": 2, "substeps": 2, "dt": 0.0125,
             "encoding": {"type": "current", "split": false},
             "layers": [
               {"in": 2, "out": 3, "plasticity": {"rule": "hebbian", "clip": 1.0, "eta": 0.5}},
               {"in": 3, "out": 2, "plasticity": {"rule": "none"}}],
             "readout": {"type": "leaky", "in": 2, "out": 1, "tau": 0.05},
             "init": {"weight_gain": 6.0, "bias": 0.5, "alpha_std": 0.1}}
            """);
        return SnnController.create(spec, 7);
    }

    @Test
    void heatMapIsPostByPreWithHTransposedFromItsPreMajorLayout() {
        SnnController c = tiny();
        SnnActivity activity = new SnnActivity(c.network());
        assertEquals(3, activity.traceRows(), "rows = post neurons of layer 0");
        assertEquals(2, activity.traceColumns(), "columns = pre inputs of layer 0");
        c.reset(1);
        double[] action = new double[1];
        double[] raster = {1.0, 0.4, 0.9, 0.2}; // K = 2 substeps × C = 2 inputs, both inputs active
        for (int t = 0; t < 5; t++) {
            c.act(raster, action);
        }
        PlasticState h = c.network().layer(0).plasticState();
        double[][] map = new double[3][2];
        activity.trace(map);
        boolean nonZero = false;
        boolean layoutMatters = false;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                // the row accessor is H_j· indexed by post i; the flat view is pre-major j·out + i
                assertEquals(h.row(j)[i], map[i][j], 0.0, "map[post " + i + "][pre " + j + "]");
                assertEquals(h.h()[j * 3 + i], map[i][j], 0.0);
                nonZero |= map[i][j] != 0;
                layoutMatters |= h.h()[i * 2 + j] != h.h()[j * 3 + i]; // the old post-major read would differ here
            }
        }
        assertTrue(nonZero, "Hebbian H grew from zero: " + java.util.Arrays.deepToString(map));
        assertTrue(layoutMatters, "H is not laid out so that both reads coincide");
    }

    @Test
    void spikesAreEveryLayersLastSubstepInLayerOrder() {
        SnnController c = tiny();
        SnnActivity activity = new SnnActivity(c.network());
        assertEquals(5, activity.neuronCount(), "3 + 2 neurons");
        c.reset(1);
        c.act(new double[] {1.0, 0.4, 0.9, 0.2}, new double[1]);
        double[] dest = new double[5];
        activity.spikes(dest);
        SpikingLayer l0 = c.network().layer(0);
        SpikingLayer l1 = c.network().layer(1);
        double[] expected = {l0.spikes()[0], l0.spikes()[1], l0.spikes()[2], l1.spikes()[0], l1.spikes()[1]};
        assertArrayEquals(expected, dest, 0.0);
    }

    @Test
    void nonSpikingPolicyHasNoOverlays() {
        Policy constant = new Policy() {
            public int parameterCount() {
                return 0;
            }

            public void setParameters(double[] params) {
            }

            public void getParameters(double[] dest) {
            }

            public void reset(long seed) {
            }

            public void act(double[] observation, double[] action) {
            }
        };
        assertNull(SnnActivity.of(constant));
    }
}
