package org.propamine.trainer.bptt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.propamine.agent.SnnController;
import org.propamine.agent.neuron.ResetMechanism;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;
import org.propamine.plasticity.CoefficientSharing;
import org.propamine.plasticity.Fanout;

/** The BPTT forward is the agent's per-step forward: same spec and parameters give the same actions. */
class DifferentiableSnnTest {

    @ParameterizedTest
    @ValueSource(strings = {"none", "hebbian", "nm-oja", "retro-bcm", "abcd", "nm-bcm"})
    void heavisideForwardEqualsTheAgentsSnnController(String rule) {
        NetworkSpec spec = SnnBackpropTest.tinySpec(rule, CoefficientSharing.PER_POST, Fanout.PER_POST, ResetMechanism.SOFT, 0.5);
        assertSameActions(spec, 5);
        assertSameActions(SnnBackpropTest.tinySpec(rule, CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, ResetMechanism.HARD, 0.5, 2), 6);
        assertSameActions(SnnBackpropTest.tinySpec(rule, CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, ResetMechanism.SOFT, 0.5, 1, 0.3), 6);
        // an interval that does not divide K = 2: plastic substeps 2, 5, 8, … since reset, across env steps
        assertSameActions(SnnBackpropTest.tinySpec(rule, CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, ResetMechanism.HARD, 0.5, 3), 7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "hebbian", "oja", "bcm", "nm-hebbian", "nm-bcm", "retro-oja"})
    void heavisideForwardEqualsTheAgentWithAShorterOrLongerPostTrace(String rule) {
        assertSameActions(SnnBackpropTest.tinySpec(rule, CoefficientSharing.PER_POST, Fanout.PER_POST, ResetMechanism.SOFT, 0.5, 1, 0, 0.005), 5);
        assertSameActions(SnnBackpropTest.tinySpec(rule, CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, ResetMechanism.HARD, 0.5, 2, 0, 0.06), 6);
    }

    @Test
    void matchesTheShippedAntPreset() {
        assertSameActions(NetworkSpecs.preset("ant-snn"), 6);
    }

    @Test
    void theSpikeRateReadoutIsRefusedWithAClearMessage() {
        var e = assertThrows(IllegalArgumentException.class, () -> new DifferentiableSnn(NetworkSpecs.preset("point-mass-snn"),
                TemporalTrainer.SURROGATE, SpikeMode.HEAVISIDE));
        assertTrue(e.getMessage().contains("readout RATE"), e.getMessage());
    }

    @Test
    void adaptiveNeuronsAreRefusedWithAClearMessage() {
        var e = assertThrows(IllegalArgumentException.class, () -> new DifferentiableSnn(NetworkSpecs.preset("tiny-snn"),
                TemporalTrainer.SURROGATE, SpikeMode.HEAVISIDE));
        assertTrue(e.getMessage().contains("layers[1]"), e.getMessage());
    }

    private static void assertSameActions(NetworkSpec spec, long seed) {
        SnnController agent = SnnController.create(spec, seed);
        double[] params = new double[agent.parameterCount()];
        agent.getParameters(params);
        DifferentiableSnn twin = new DifferentiableSnn(spec, TemporalTrainer.SURROGATE, SpikeMode.HEAVISIDE);
        twin.setParameters(params);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] raster = new double[spec.rasterSize()];
        double[] a1 = new double[spec.readout().out()];
        double[] a2 = new double[a1.length];
        int spikes = 0;
        for (int episode = 0; episode < 2; episode++) {
            agent.reset(episode);
            twin.reset();
            for (int t = 0; t < 100; t++) {
                for (int k = 0; k < raster.length; k++) raster[k] = rng.nextDouble() < 0.3 ? rng.nextDouble(0, 2) : 0;
                agent.act(raster, a1);
                twin.envStep(raster, a2);
                for (int o = 0; o < a1.length; o++) assertEquals(a1[o], a2[o], 1e-12, "episode " + episode + " step " + t);
                for (int i = 0; i < spec.layers().get(0).out(); i++) spikes += (int) twin.spike(0, t * spec.substeps(), i);
            }
        }
        assertTrue(spikes > 0, "the comparison exercises spiking");
    }
}
