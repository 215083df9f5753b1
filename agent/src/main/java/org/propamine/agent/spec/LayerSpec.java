package org.propamine.agent.spec;

import org.propamine.agent.neuron.AdaptiveLifParams;
import org.propamine.agent.neuron.LifParams;
import org.propamine.agent.neuron.NeuronModel;
import org.propamine.plasticity.PlasticityConfig;

/**
 * One spiking layer of {@code in → out} neurons.
 *
 * @param in         number of pre-synaptic inputs, &gt; 0
 * @param out        number of neurons, &gt; 0
 * @param model      LIF or adaptive LIF
 * @param neuron     membrane parameters (Δt is the network's substep)
 * @param adaptive   adaptation parameters (used only by {@link NeuronModel#ADAPTIVE_LIF}; never null)
 * @param recurrent  true adds non-plastic recurrent weights from the layer's own spikes of the previous substep
 * @param plasticity the rule and its constants for the feed-forward synapses
 */
public record LayerSpec(int in, int out, NeuronModel model, LifParams neuron, AdaptiveLifParams adaptive,
                        boolean recurrent, PlasticityConfig plasticity) {
    public LayerSpec {
        if (in <= 0) throw new IllegalArgumentException("in = " + in + ": expected > 0");
        if (out <= 0) throw new IllegalArgumentException("out = " + out + ": expected > 0");
        if (model == null) throw new IllegalArgumentException("neuron = null: expected lif or alif");
        if (neuron == null || adaptive == null) throw new IllegalArgumentException("neuron parameters are null");
        if (plasticity == null) throw new IllegalArgumentException("plasticity = null");
        if (plasticity.rule().usesThreshold() && neuron.dt() > plasticity.tauTheta()) {
            throw new IllegalArgumentException("plasticity.tau_theta = " + plasticity.tauTheta()
                    + ": expected >= dt = " + neuron.dt() + " s (threshold update rate dt/tau_theta must be <= 1)");
        }
    }
}
