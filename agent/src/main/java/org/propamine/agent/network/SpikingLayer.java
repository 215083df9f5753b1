package org.propamine.agent.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.propamine.agent.neuron.AdaptiveLif;
import org.propamine.agent.neuron.Lif;
import org.propamine.agent.neuron.NeuronModel;
import org.propamine.agent.spec.LayerSpec;
import org.propamine.plasticity.EffectiveWeights;
import org.propamine.plasticity.LowPassTrace;
import org.propamine.plasticity.ParameterSegment;
import org.propamine.plasticity.PlasticParameters;
import org.propamine.plasticity.PlasticState;
import org.propamine.plasticity.PlasticityStep;

/**
 * One spiking layer: parameters (live arrays written by the codec) and per-episode state, all preallocated.
 * Synapse (pre j, post i) has flat index {@code j·out + i} (pre-major, so a pre spike touches one contiguous
 * row). The substep works on per-row copies of W and W_rec (made by {@link #refresh()}, which the codec and
 * {@link ParameterInit} call after writing parameters) and on the rows of α and H
 * ({@link PlasticParameters#alphaRow}, {@link PlasticState#row}). One substep ({@link #step}), in SPEC §5 order:
 * <pre>
 *   I_i = b_i + Σ_j u_j·(W_ji + α_ji H_ji) + Σ_r Wrec_ri·s_r(t−1)     (rows with u_j = 0 skipped)
 *   s = LIF/ALIF(I)                  y ← d_post·y + (1−d_post)·s,  d_post = exp(−Δt/τ_post)
 *                                    z ← d_pre·z + (1−d_pre)·s,    d_pre = exp(−Δt/τ_pre)  (next layer's x)
 *   plasticity on (x = pre traces, y)  (see PlasticityStep; a one-sided H update is applied by the next
 *                                       substep's current pass, also across env steps, or by PlasticState.h())
 * </pre>
 * y (the post trace, read by this layer's rule and modulator) and z (the trace this layer's spikes leave as the next
 * layer's pre trace) are one array when τ_post = τ_pre or no layer follows. Recurrent weights are not plastic.
 */
public final class SpikingLayer {
    final LayerSpec spec;
    final int in;
    final int out;
    final double[] w;
    final double[] bias;
    final double[] wRec;
    final PlasticParameters plastic;
    final PlasticState plasticState;
    private final double beta;
    private final double rho;
    private final double postDecay;
    private final double preDecay;
    final double[] v;
    final double[] adaptation;
    final double[] spikes;
    final double[] current;
    final double[] postTrace;
    final double[] outgoingTrace;
    private final double[][] wRows;
    private final double[][] wRecRows;

    /**
     * @param preTau τ_pre of the trace z this layer's spikes leave for the next layer (s, &gt; 0)
     * @param postTau τ_post of the post trace y this layer's rule reads (s, &gt; 0)
     * @param feedsLayer true when another spiking layer reads z (otherwise z is not kept apart from y)
     */
    SpikingLayer(LayerSpec spec, double preTau, double postTau, boolean feedsLayer) {
        this.spec = spec;
        this.in = spec.in();
        this.out = spec.out();
        this.w = new double[in * out];
        this.bias = new double[out];
        this.wRec = new double[spec.recurrent() ? out * out : 0];
        this.plastic = new PlasticParameters(spec.plasticity(), in, out);
        this.plasticState = new PlasticState(plastic);
        this.beta = spec.neuron().beta();
        this.rho = spec.adaptive().rho();
        this.postDecay = LowPassTrace.decay(spec.neuron().dt(), postTau);
        this.preDecay = LowPassTrace.decay(spec.neuron().dt(), preTau);
        this.v = new double[out];
        this.adaptation = new double[out];
        this.spikes = new double[out];
        this.current = new double[out];
        this.postTrace = new double[out];
        this.outgoingTrace = feedsLayer && preTau != postTau ? new double[out] : postTrace;
        this.wRows = new double[in][out];
        this.wRecRows = new double[spec.recurrent() ? out : 0][out];
    }

    /** Clears the per-episode state: potentials, adaptation, spikes, traces, H, E, θ. */
    void reset() {
        Arrays.fill(v, 0);
        Arrays.fill(adaptation, 0);
        Arrays.fill(spikes, 0);
        Arrays.fill(postTrace, 0);
        Arrays.fill(outgoingTrace, 0);
        plasticState.reset();
    }

    /**
     * One substep driven by pre activity {@code u} (spikes or currents) whose low-pass trace is {@code preTrace};
     * the plasticity rule runs when {@code plasticDt > 0}, with that step length in seconds.
     */
    void step(double[] u, double[] preTrace, double plasticDt) {
        accumulateCurrents(u);
        if (spec.model() == NeuronModel.ADAPTIVE_LIF) {
            AdaptiveLif.step(spec.adaptive(), beta, rho, current, v, adaptation, spikes, out);
        } else {
            Lif.step(spec.neuron(), beta, current, v, spikes, out);
        }
        LowPassTrace.step(postTrace, spikes, out, postDecay);
        if (outgoingTrace != postTrace) LowPassTrace.step(outgoingTrace, spikes, out, preDecay);
        if (plasticDt > 0) PlasticityStep.updateDeferred(plastic, plasticState, preTrace, postTrace, plasticDt);
    }

    /**
     * {@code I = b + Σ_j u_j (W_j· + α_j·⊙H_j·) + Σ_r W_rec,r· s_r} into {@link #current}, adding the rows in
     * ascending j (then r); a plastic layer goes through {@link EffectiveWeights}, which also applies the H update
     * left pending by the previous substep. Each row of W, α and H is its own array indexed by the post neuron i,
     * like {@link #current}, so the loops vectorise (JDK 17's C2 needs every array in a storing loop indexed alike).
     */
    private void accumulateCurrents(double[] u) {
        double[] cur = current;
        System.arraycopy(bias, 0, cur, 0, out);
        if (plasticState.isPlastic()) {
            EffectiveWeights.accumulate(plastic, plasticState, wRows, u, cur);
        } else {
            for (int j = 0; j < in; j++) {
                double uj = u[j];
                if (uj == 0) continue;
                double[] wj = wRows[j];
                for (int i = 0; i < out; i++) cur[i] += uj * wj[i];
            }
        }
        for (int r = 0; r < wRecRows.length; r++) {
            if (spikes[r] == 0) continue;
            double[] wr = wRecRows[r];
            for (int i = 0; i < out; i++) cur[i] += wr[i];
        }
    }

    /** Copies W and W_rec into their per-row working copies and refreshes the plastic parameters. */
    void refresh() {
        for (int j = 0; j < in; j++) System.arraycopy(w, j * out, wRows[j], 0, out);
        for (int r = 0; r < wRecRows.length; r++) System.arraycopy(wRec, r * out, wRecRows[r], 0, out);
        plastic.refresh();
    }

    /** Segments of the weights: feed-forward W, then recurrent W_rec if any. */
    List<ParameterSegment> weightSegments(String prefix) {
        List<ParameterSegment> s = new ArrayList<>();
        s.add(new ParameterSegment(prefix + "w", w));
        if (wRec.length > 0) s.add(new ParameterSegment(prefix + "w_rec", wRec));
        return s;
    }

    /** Feed-forward weights W, pre-major {@code j·out + i} (live array, read only; write through the codec). */
    public double[] weights() {
        return w;
    }

    /** Biases b (live, read only). */
    public double[] biases() {
        return bias;
    }

    /** Recurrent weights, {@code r·out + i} from neuron r to i (live, read only; empty when not recurrent). */
    public double[] recurrentWeights() {
        return wRec;
    }

    /** Input currents I of the last substep (live, read only). */
    public double[] currents() {
        return current;
    }

    /** Adaptation variables a of ALIF neurons (live, read only; zeros for LIF). */
    public double[] adaptation() {
        return adaptation;
    }

    public LayerSpec spec() {
        return spec;
    }

    /** Spikes of the last substep (live array, read only). */
    public double[] spikes() {
        return spikes;
    }

    /** Membrane potentials (live array, read only). */
    public double[] potentials() {
        return v;
    }

    /** Post-synaptic low-pass traces y, time constant τ_post (live array, read only). */
    public double[] postTraces() {
        return postTrace;
    }

    /**
     * Low-pass traces z of this layer's spikes with τ_pre, the next layer's pre traces x (live array, read only; the
     * same array as {@link #postTraces()} when τ_post = τ_pre or no spiking layer follows).
     */
    public double[] outgoingTraces() {
        return outgoingTrace;
    }

    /** The plastic state (H, E, θ; live arrays, read only). */
    public PlasticState plasticState() {
        return plasticState;
    }

    public PlasticParameters plasticParameters() {
        return plastic;
    }
}
