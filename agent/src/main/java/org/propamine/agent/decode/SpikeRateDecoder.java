package org.propamine.agent.decode;

import java.util.Arrays;
import org.propamine.agent.neuron.Lif;
import org.propamine.agent.neuron.LifParams;

/**
 * Spike-rate decoder: {@code out} LIF output neurons driven by {@code I_o = b_o + Σ_j W_jo s_j} (see
 * {@link Lif}); per env step of K substeps, {@code action_o = 2·n_o/K − 1} ∈ [−1, 1] with n_o the output's
 * spike count in that env step. Membrane potentials persist across env steps and reset at episode start.
 */
public final class SpikeRateDecoder extends ReadoutDecoder {
    private final int substeps;
    private final LifParams lif;
    private final double beta;
    private final double[] v;
    private final double[] spikes;
    private final double[] counts;

    public SpikeRateDecoder(int in, int out, LifParams lif, int substeps) {
        super(in, out);
        this.lif = lif;
        this.substeps = substeps;
        this.beta = lif.beta();
        this.v = new double[out];
        this.spikes = new double[out];
        this.counts = new double[out];
    }

    @Override
    public void reset() {
        Arrays.fill(v, 0);
        Arrays.fill(counts, 0);
    }

    @Override
    protected void integrate(double[] current) {
        Lif.step(lif, beta, current, v, spikes, out);
        for (int o = 0; o < out; o++) counts[o] += spikes[o];
    }

    @Override
    public void decode(double[] dest) {
        for (int o = 0; o < out; o++) {
            dest[o] = 2 * counts[o] / substeps - 1;
            counts[o] = 0;
        }
    }
}
