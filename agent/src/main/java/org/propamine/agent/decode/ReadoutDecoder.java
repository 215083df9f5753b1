package org.propamine.agent.decode;

import java.util.List;
import org.propamine.plasticity.ParameterSegment;

/**
 * Base of the decoders that feed a learnable dense map {@code I_o = b_o + Σ_j W_jo s_j} from {@code in}
 * pre-synaptic spikes to {@code out} readout units. W is pre-major ({@code j·out + o}), so an input spike adds one
 * contiguous row; zero inputs are skipped. Weights and biases are live arrays exposed as the codec segments
 * {@code readout.w} and {@code readout.bias} (initially 0).
 *
 * <p>{@link #substep} computes I into a preallocated buffer and hands it to the one hook {@link #integrate};
 * subclasses keep their own per-episode state. Allocates nothing per call.
 */
public abstract class ReadoutDecoder implements ActionDecoder {
    /** Number of readout units (the action size). */
    protected final int out;
    private final int in;
    private final double[] w;
    private final double[] b;
    private final double[] drive;

    protected ReadoutDecoder(int in, int out) {
        this.in = in;
        this.out = out;
        this.w = new double[in * out];
        this.b = new double[out];
        this.drive = new double[out];
    }

    @Override
    public final int inputs() {
        return in;
    }

    @Override
    public final int outputs() {
        return out;
    }

    /** Codec segments: weights W then biases b. */
    @Override
    public final List<ParameterSegment> segments() {
        return List.of(new ParameterSegment("readout.w", w), new ParameterSegment("readout.bias", b));
    }

    @Override
    public final void substep(double[] spikes) {
        System.arraycopy(b, 0, drive, 0, out);
        for (int j = 0; j < in; j++) {
            double sj = spikes[j];
            if (sj == 0) continue;
            int base = j * out;
            for (int o = 0; o < out; o++) drive[o] += sj * w[base + o];
        }
        integrate(drive);
    }

    /**
     * Advances the readout units by one substep.
     *
     * @param current I_o of this substep (length {@code out}, read-only, overwritten by the next substep)
     */
    protected abstract void integrate(double[] current);
}
