package org.propamine.trainer.bptt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.propamine.agent.neuron.AdaptiveLifParams;
import org.propamine.agent.neuron.LifParams;
import org.propamine.agent.neuron.NeuronModel;
import org.propamine.agent.neuron.ResetMechanism;
import org.propamine.agent.spec.EncodingSpec;
import org.propamine.agent.spec.InitSpec;
import org.propamine.agent.spec.LayerSpec;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.ReadoutKind;
import org.propamine.agent.spec.ReadoutSpec;
import org.propamine.plasticity.CoefficientSharing;
import org.propamine.plasticity.Fanout;
import org.propamine.plasticity.PlasticityConfig;
import org.propamine.plasticity.Rules;

/**
 * {@link NetworkSpec}s for the temporal tasks, built with the agent's records and the plasticity module's
 * {@link Rules} registry (one SNN step per env step, K = 1, Δt = 10 ms):
 * inputs (the task's channels fed as currents; PatternMemory as one signed current per bit, see
 * {@code MergeSignChannels}) → one recurrent LIF layer whose feed-forward synapses
 * carry the rule under test (W_eff = W + α ⊙ H; recurrent weights are fixed) → leaky readout → tanh.
 *
 * @param hidden LIF neurons (≥ 1)
 * @param tauMem membrane time constant in seconds (default 0.02)
 * @param reset the LIF reset after a spike (default soft: v − v_th; hard: v = 0)
 * @param traceTau pre/post trace time constant in seconds (default 0.02)
 * @param readoutTau readout time constant in seconds (default 0.01)
 * @param eta initial plasticity rate η (default 0.1)
 * @param tauTheta BCM threshold time constant in seconds (default 0.5)
 * @param clip plastic trace bound c (default 1)
 * @param alphaSharing how many α are learned (default per synapse, the plasticity module's default)
 * @param init initial-parameter scales
 */
public record TemporalNetworks(int hidden, double tauMem, ResetMechanism reset, double traceTau, double readoutTau, double eta,
                               double tauTheta, double clip, CoefficientSharing alphaSharing, InitSpec init) {
    /** Substep length of the temporal networks (s); one SNN step per env step. */
    public static final double DT = 0.01;

    public TemporalNetworks {
        if (hidden < 1) throw new IllegalArgumentException("network.hidden is " + hidden + ", expected >= 1");
        if (reset == null || alphaSharing == null || init == null) throw new IllegalArgumentException("network: reset, alphaSharing and init are required");
    }

    public static TemporalNetworks defaults(int hidden) {
        return new TemporalNetworks(hidden, 0.02, ResetMechanism.SOFT, 0.02, 0.01, 0.02, 0.5, 1.0, CoefficientSharing.PER_SYNAPSE,
                new InitSpec(2.0, 0.5, 0.0, 0.1, 1.0));
    }

    public TemporalNetworks withTauMem(double tau) {
        return new TemporalNetworks(hidden, tau, reset, traceTau, readoutTau, eta, tauTheta, clip, alphaSharing, init);
    }

    public TemporalNetworks withReset(ResetMechanism r) {
        return new TemporalNetworks(hidden, tauMem, r, traceTau, readoutTau, eta, tauTheta, clip, alphaSharing, init);
    }

    public TemporalNetworks withReadoutTau(double tau) {
        return new TemporalNetworks(hidden, tauMem, reset, traceTau, tau, eta, tauTheta, clip, alphaSharing, init);
    }

    public TemporalNetworks withTraceTau(double tau) {
        return new TemporalNetworks(hidden, tauMem, reset, tau, readoutTau, eta, tauTheta, clip, alphaSharing, init);
    }

    public TemporalNetworks withEta(double e) {
        return new TemporalNetworks(hidden, tauMem, reset, traceTau, readoutTau, e, tauTheta, clip, alphaSharing, init);
    }

    public TemporalNetworks withAlphaSharing(CoefficientSharing s) {
        return new TemporalNetworks(hidden, tauMem, reset, traceTau, readoutTau, eta, tauTheta, clip, s, init);
    }

    public TemporalNetworks withInit(InitSpec i) {
        return new TemporalNetworks(hidden, tauMem, reset, traceTau, readoutTau, eta, tauTheta, clip, alphaSharing, i);
    }

    /** The network for a task with {@code inputs} channels and {@code outputs} actions, rule id from {@link Rules}. */
    public NetworkSpec spec(String name, int inputs, int outputs, String rule) {
        LifParams lif = new LifParams(tauMem, 1.0, reset, DT);
        PlasticityConfig plasticity = new PlasticityConfig(Rules.resolve(rule), alphaSharing, Fanout.GLOBAL, clip,
                tauTheta, eta, 0.1);
        List<LayerSpec> layers = new ArrayList<>();
        layers.add(new LayerSpec(inputs, hidden, NeuronModel.LIF, lif, new AdaptiveLifParams(lif, 0.2, 0.0), true, plasticity));
        return new NetworkSpec(name + "-" + rule, inputs, 1, DT, traceTau, new EncodingSpec("current", false, Map.of()),
                layers, new ReadoutSpec(ReadoutKind.LEAKY, hidden, outputs, readoutTau), init, 1);
    }
}
