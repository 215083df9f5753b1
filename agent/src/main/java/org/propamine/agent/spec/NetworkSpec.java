package org.propamine.agent.spec;

import java.util.List;

/**
 * A whole spiking controller: encoded inputs → spiking layers → readout. Loaded from a preset file by
 * {@link NetworkSpecs}; validated here (sizes must chain: {@code layers[0].in = inputs},
 * {@code layers[l].in = layers[l−1].out}, {@code readout.in = last out}).
 *
 * @param name     preset name
 * @param inputs   raster channels C per substep (e.g. 56 for the ant's 28 observations split into ± channels)
 * @param substeps K SNN substeps per env step, &gt; 0
 * @param dt       substep Δt in seconds, &gt; 0 (K·Δt = env step, e.g. 4 × 0.0125 s = 0.05 s)
 * @param traceTau τ_pre of the low-pass pre-synaptic spike traces x (the input rows' and each layer's trace
 *                 for the next layer) in seconds, &gt; 0 (default 0.015 s)
 * @param postTraceTau τ_post of the post-synaptic traces y that a layer's own rule and modulator read, in seconds,
 *                 &gt; 0 (default = traceTau: one trace per neuron). Shorter than τ_pre gives the classic asymmetric
 *                 pre/post traces of STDP models: a pre trace still there when the post neuron fires later, a post
 *                 trace gone before the next inputs arrive. Every trace follows {@code z ← d·z + (1−d)·s},
 *                 {@code d = exp(−Δt/τ)}
 * @param encoding the encoding the env side must apply
 * @param layers   spiking layers, at least one
 * @param readout  decoder to the action
 * @param init     initialisation of the parameters from a seed
 * @param plasticityInterval substeps between plasticity updates, ≥ 1 (default 1 = every substep, SPEC §5); with
 *                 n &gt; 1 the rules run on every n-th substep counted from the episode start (substeps n−1, 2n−1, …,
 *                 across env steps; when n divides K that is substeps n−1, 2n−1, … of each env step) with step
 *                 Δt_p = n·Δt (BCM θ rate Δt_p/τ_θ): a cheaper approximation measured by the benchmark, or, with
 *                 K = 1 and n = 2, plasticity on every second env step only (the CueReward network's
 *                 encoding/retrieval phases)
 */
public record NetworkSpec(String name, int inputs, int substeps, double dt, double traceTau, double postTraceTau,
                          EncodingSpec encoding, List<LayerSpec> layers, ReadoutSpec readout, InitSpec init,
                          int plasticityInterval) {
    /** A network whose post traces share the pre traces' τ ({@code postTraceTau = traceTau}). */
    public NetworkSpec(String name, int inputs, int substeps, double dt, double traceTau, EncodingSpec encoding,
                       List<LayerSpec> layers, ReadoutSpec readout, InitSpec init, int plasticityInterval) {
        this(name, inputs, substeps, dt, traceTau, traceTau, encoding, layers, readout, init, plasticityInterval);
    }

    public NetworkSpec {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name: expected a non-empty string");
        if (inputs <= 0) throw new IllegalArgumentException("inputs = " + inputs + ": expected > 0");
        if (substeps <= 0) throw new IllegalArgumentException("substeps = " + substeps + ": expected > 0");
        if (!(dt > 0) || Double.isInfinite(dt)) throw new IllegalArgumentException("dt = " + dt + ": expected > 0 s");
        if (!(traceTau > 0) || Double.isInfinite(traceTau)) throw new IllegalArgumentException("trace_tau = " + traceTau + ": expected > 0 s");
        if (!(postTraceTau > 0) || Double.isInfinite(postTraceTau)) {
            throw new IllegalArgumentException("post_trace_tau = " + postTraceTau + ": expected > 0 s");
        }
        if (plasticityInterval < 1) {
            throw new IllegalArgumentException("plasticity_interval = " + plasticityInterval + ": expected an integer >= 1");
        }
        if (encoding == null || readout == null || init == null) throw new IllegalArgumentException("encoding, readout and init are required");
        if (layers == null || layers.isEmpty()) throw new IllegalArgumentException("layers: expected at least one layer");
        layers = List.copyOf(layers);
        int expected = inputs;
        String from = "inputs";
        for (int l = 0; l < layers.size(); l++) {
            LayerSpec layer = layers.get(l);
            if (layer.in() != expected) {
                throw new IllegalArgumentException("layers[" + l + "].in = " + layer.in() + ": expected " + expected + " (" + from + ")");
            }
            if (layer.neuron().dt() != dt) {
                throw new IllegalArgumentException("layers[" + l + "] dt = " + layer.neuron().dt() + ": expected the network dt " + dt);
            }
            expected = layer.out();
            from = "layers[" + l + "].out";
        }
        if (readout.in() != expected) {
            throw new IllegalArgumentException("readout.in = " + readout.in() + ": expected " + expected + " (" + from + ")");
        }
    }

    /** The same network with another plasticity interval. */
    public NetworkSpec withPlasticityInterval(int n) {
        return new NetworkSpec(name, inputs, substeps, dt, traceTau, postTraceTau, encoding, layers, readout, init, n);
    }

    /** The same network with post-synaptic traces of time constant {@code tau} seconds (&gt; 0). */
    public NetworkSpec withPostTraceTau(double tau) {
        return new NetworkSpec(name, inputs, substeps, dt, traceTau, tau, encoding, layers, readout, init, plasticityInterval);
    }

    /** Env step length K·Δt in seconds. */
    public double envDt() {
        return substeps * dt;
    }

    /** Raster length K·C the controller consumes per env step. */
    public int rasterSize() {
        return substeps * inputs;
    }
}
