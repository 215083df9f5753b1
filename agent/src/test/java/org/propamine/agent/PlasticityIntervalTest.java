package org.propamine.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.agent.network.SpikingNetwork;
import org.propamine.agent.spec.NetworkSpec;

/** {@code plasticity_interval = n}: H changes only on every n-th substep counted from the episode start. */
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
    void anIntervalThatDoesNotDivideTheSubstepsCountsAcrossEnvSteps() {
        // K = 3, n = 2: updates on substeps 1, 3, 5, … since reset = env step 0 substep 1, env step 1 substeps 0 and 2
        NetworkSpec spec = TestNets.small("nm-bcm", 1.0).withPlasticityInterval(2);
        SnnController c = SnnController.create(spec, 4);
        SpikingNetwork net = c.network();
        c.reset(0);
        SplittableRandom rng = new SplittableRandom(5);
        boolean[] expected = {false, true, false, true, false, true, false, true, false};
        boolean changedAtAll = false;
        for (int s = 0; s < expected.length; s++) {
            double[] raster = TestNets.randomRaster(spec, rng);
            double[] before = net.layer(0).plasticState().h().clone();
            net.substep(raster, s % 3);
            boolean changed = !java.util.Arrays.equals(before, net.layer(0).plasticState().h());
            if (!expected[s]) assertFalse(changed, "no update on substep " + s + " since reset");
            changedAtAll |= changed;
        }
        assertTrue(changedAtAll, "the plastic substeps update H");
    }

    @Test
    void intervalBelowOneIsOneClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestNets.small("bcm", 0.1).withPlasticityInterval(0));
        assertEquals("plasticity_interval = 0: expected an integer >= 1", e.getMessage());
    }
}
