package org.propamine.agent.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.propamine.agent.decode.ActionDecoder;
import org.propamine.agent.decode.LeakyReadoutDecoder;
import org.propamine.agent.decode.SpikeRateDecoder;
import org.propamine.agent.neuron.LifParams;
import org.propamine.agent.neuron.ResetMechanism;
import org.propamine.agent.spec.LayerSpec;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.plasticity.LowPassTrace;
import org.propamine.plasticity.ParameterSegment;

/**
 * A feed-forward (optionally per-layer recurrent) spiking network with a plastic rule per layer and an action
 * decoder, built from a {@link NetworkSpec}. Per env step ({@link #envStep}) it runs the K substeps of a
 * {@code K×C} raster (row-major, row k = substep k): for each substep the input row u and its low-pass trace x
 * (τ_pre) drive layer 0, each layer's spikes and their τ_pre traces drive the next, and the decoder consumes the last layer's
 * spikes; then the decoder writes the action. Everything is preallocated; {@link #reset()} restores the
 * episode-start state (parameters are kept). Not thread-safe.
 */
public final class SpikingNetwork {
    private final NetworkSpec spec;
    private final SpikingLayer[] layers;
    private final ActionDecoder decoder;
    private final double[] inputRow;
    private final double[] inputTrace;
    /** Substeps run since {@link #reset()}: the plasticity interval counts across env steps. */
    private long substepsSinceReset;
    private final double inputTraceDecay;

    public SpikingNetwork(NetworkSpec spec) {
        this.spec = spec;
        this.layers = new SpikingLayer[spec.layers().size()];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = new SpikingLayer(spec.layers().get(l), spec.traceTau(), spec.postTraceTau(), l + 1 < layers.length);
        }
        var r = spec.readout();
        this.decoder = switch (r.kind()) {
            case LEAKY -> new LeakyReadoutDecoder(r.in(), r.out(), r.tau(), spec.dt());
            case RATE -> new SpikeRateDecoder(r.in(), r.out(), new LifParams(r.tau(), 1.0, ResetMechanism.SOFT, spec.dt()), spec.substeps());
        };
        this.inputRow = new double[spec.inputs()];
        this.inputTrace = new double[spec.inputs()];
        this.inputTraceDecay = LowPassTrace.decay(spec.dt(), spec.traceTau());
    }

    public NetworkSpec spec() {
        return spec;
    }

    public int layerCount() {
        return layers.length;
    }

    public SpikingLayer layer(int l) {
        return layers[l];
    }

    public ActionDecoder decoder() {
        return decoder;
    }

    /** Low-pass trace x of the input raster rows (layer 0's pre traces; live array, read only). */
    public double[] inputTrace() {
        return inputTrace;
    }

    /** Episode start: zero potentials, traces, H, E, θ and the decoder state. */
    public void reset() {
        Arrays.fill(inputTrace, 0);
        substepsSinceReset = 0;
        for (SpikingLayer layer : layers) layer.reset();
        decoder.reset();
    }

    /**
     * One substep on row {@code k} of {@code raster} (length K·C); plasticity runs on every n-th substep since
     * {@link #reset()} (n = the spec's plasticity interval; with n dividing K: substeps n−1, 2n−1, … of each env step).
     */
    public void substep(double[] raster, int k) {
        int c = inputRow.length;
        System.arraycopy(raster, k * c, inputRow, 0, c);
        LowPassTrace.step(inputTrace, inputRow, c, inputTraceDecay);
        double[] u = inputRow, x = inputTrace;
        int interval = spec.plasticityInterval();
        double plasticDt = ++substepsSinceReset % interval == 0 ? interval * spec.dt() : 0;
        for (SpikingLayer layer : layers) {
            layer.step(u, x, plasticDt);
            u = layer.spikes;
            x = layer.outgoingTrace;
        }
        decoder.substep(u);
    }

    /**
     * Runs the K substeps of {@code raster} and writes the decoded action (in [−1, 1]) into {@code action}. The
     * last substep's one-sided H update stays pending until the next substep's current pass applies it fused
     * (same bits); {@link org.propamine.plasticity.PlasticState#h()} applies it for readers.
     */
    public void envStep(double[] raster, double[] action) {
        for (int k = 0; k < spec.substeps(); k++) substep(raster, k);
        decoder.decode(action);
    }

    /**
     * Recomputes derived parameter values (per-row copies of W, expanded α, η = σ(raw)) after the arrays were
     * written; every writer of parameters (the codec, {@link ParameterInit}) calls it.
     */
    public void refresh() {
        for (SpikingLayer layer : layers) layer.refresh();
    }

    /**
     * All learnable numbers as live segments in the codec's stable order (see
     * {@link org.propamine.agent.ControllerCodec}).
     */
    public List<ParameterSegment> segments() {
        List<ParameterSegment> s = new ArrayList<>();
        for (int l = 0; l < layers.length; l++) s.addAll(layers[l].weightSegments(prefix(l)));
        for (int l = 0; l < layers.length; l++) s.add(new ParameterSegment(prefix(l) + "bias", layers[l].bias));
        for (int l = 0; l < layers.length; l++) s.addAll(layers[l].plastic.alphaSegments(prefix(l)));
        for (int l = 0; l < layers.length; l++) s.addAll(layers[l].plastic.rateSegments(prefix(l)));
        for (int l = 0; l < layers.length; l++) s.addAll(layers[l].plastic.ruleSegments(prefix(l)));
        for (int l = 0; l < layers.length; l++) s.addAll(layers[l].plastic.modulatorSegments(prefix(l)));
        s.addAll(decoder.segments());
        return s;
    }

    private static String prefix(int l) {
        return "layers[" + l + "].";
    }

    /** Sum over layers of the plastic synapse count (for reports). */
    public int plasticSynapses() {
        int n = 0;
        for (SpikingLayer layer : layers) if (layer.spec.plasticity().rule().isPlastic()) n += layer.in * layer.out;
        return n;
    }

    /** The spec of layer l (convenience). */
    public LayerSpec layerSpec(int l) {
        return layers[l].spec;
    }
}
