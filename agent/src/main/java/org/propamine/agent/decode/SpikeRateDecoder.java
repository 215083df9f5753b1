package org.propamine.agent.decode;

import java.util.List;
import org.propamine.agent.neuron.Lif;
import org.propamine.agent.neuron.LifParams;
import org.propamine.plasticity.ParameterSegment;

/**
 * Spike-rate decoder: {@code out} LIF output neurons driven by {@code I_o = b_o + Σ_j W_jo s_j} (see
 * {@link Lif}); per env step of K substeps, {@code action_o = 2·n_o/K − 1} ∈ [−1, 1] with n_o the output's
 * spike count in that env step. Membrane potentials persist across env steps and reset at episode start.
 */
public final class SpikeRateDecoder implements ActionDecoder {
    private final LinearReadout readout;
    private final int out;
    private final int substeps;
    private final LifParams lif;
    private final double beta;
    private final double[] v;
    private final double[] current;
    private final double[] spikes;
    private final double[] counts;

    public SpikeRateDecoder(int in, int out, LifParams lif, int substeps) {
        this.readout = new LinearReadout(in, out);
        this.out = out;
        this.lif = lif;
        this.substeps = substeps;
        this.beta = lif.beta();
        this.v = new double[out];
        this.current = new double[out];
        this.spikes = new double[out];
        this.counts = new double[out];
    }

    @Override
    public int inputs() {
        return readout.in;
    }

    @Override
    public int outputs() {
        return out;
    }

    @Override
    public List<ParameterSegment> segments() {
        return readout.segments();
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(v, 0);
        java.util.Arrays.fill(counts, 0);
    }

    @Override
    public void substep(double[] input) {
        readout.drive(input, current);
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
