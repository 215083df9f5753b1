package org.propamine.agent.decode;

import java.util.List;
import org.propamine.plasticity.ParameterSegment;

/**
 * The learnable dense map shared by the decoders: {@code I_o = b_o + Σ_j W_jo s_j} from {@code in} pre-synaptic
 * spikes to {@code out} readout units. W is pre-major ({@code j·out + o}), so an input spike adds one contiguous
 * row; zero inputs are skipped. Weights and biases are live arrays exposed as the codec segments
 * {@code readout.w} and {@code readout.bias} (initially 0). Allocates nothing per call.
 */
final class LinearReadout {
    final int in;
    final int out;
    private final double[] w;
    private final double[] b;

    LinearReadout(int in, int out) {
        this.in = in;
        this.out = out;
        this.w = new double[in * out];
        this.b = new double[out];
    }

    /** Codec segments: weights W then biases b. */
    List<ParameterSegment> segments() {
        return List.of(new ParameterSegment("readout.w", w), new ParameterSegment("readout.bias", b));
    }

    /** {@code dest[o] = b_o + Σ_j W_jo s_j}, adding rows in ascending j. */
    void drive(double[] s, double[] dest) {
        System.arraycopy(b, 0, dest, 0, out);
        for (int j = 0; j < in; j++) {
            double sj = s[j];
            if (sj == 0) continue;
            int base = j * out;
            for (int o = 0; o < out; o++) dest[o] += sj * w[base + o];
        }
    }
}
