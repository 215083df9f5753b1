package org.propamine.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.agent.network.SpikingNetwork;
import org.propamine.agent.spec.NetworkSpec;

/** {@code plasticity_interval = K}: H changes only on the last substep of each env step. */
class PlasticityIntervalTest {

    @Test
    void rulesRunOnlyOnTheLastSubstepOfTheInterval() {
        NetworkSpec spec = TestNets.small("nm-bcm", 1.0).withPlasticityInterval(3);
        SnnController c = SnnController.create(spec, 4);
        SpikingNetwork net = c.network();
        SplittableRandom rng = new SplittableRandom(3);
        double[] action = new double[3];
        for (int t = 0; t < 20; t++) c.act(TestNets.randomRaster(spec, rng), action);
        double[] raster = TestNets.randomRaster(spec, rng);
        double[] h0 = net.layer(0).plasticState().h().clone();
        net.substep(raster, 0);
        net.substep(raster, 1);
        assertArrayEquals(h0, net.layer(0).plasticState().h(), 0.0, "no update on substeps 0 and 1");
        net.substep(raster, 2);
        assertFalse(java.util.Arrays.equals(h0, net.layer(0).plasticState().h()), "update on substep 2");
    }

    @Test
    void intervalMustDivideTheSubsteps() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestNets.small("bcm", 0.1).withPlasticityInterval(2));
        assertEquals("plasticity_interval = 2: expected >= 1 and dividing substeps = 3", e.getMessage());
    }
}
