package org.propamine.agent;

import java.util.List;
import org.propamine.agent.network.SpikingNetwork;
import org.propamine.plasticity.ParameterSegment;

/**
 * Maps a flat parameter vector ⇄ every learnable number of a {@link SpikingNetwork} (Jenetics {@code Codec}
 * style: the optimiser only sees {@code double[]}). The order is stable and documented; segment names are
 * listed by {@link #layout()}:
 * <ol>
 *   <li>for each layer l: {@code layers[l].w} (in·out, pre-major: index j·out + i), then {@code layers[l].w_rec}
 *       (out·out, recurrent layers only);</li>
 *   <li>for each layer: {@code layers[l].bias} (out);</li>
 *   <li>for each layer: {@code layers[l].alpha} (α; count per its sharing; absent for rule none);</li>
 *   <li>for each layer: {@code layers[l].eta_raw} (1), {@code layers[l].eta_e_raw} (1, retroactive rules);</li>
 *   <li>for each layer: {@code layers[l].rule} (the rule's own constants, e.g. ABCD's A, B, C, D);</li>
 *   <li>for each layer: {@code layers[l].mod_w} (out), {@code mod_b} (1), {@code fan_f}, {@code fan_g}
 *       (out each, per-post fan-out only) — modulated rules only;</li>
 *   <li>{@code readout.w} (in·out, pre-major), {@code readout.bias} (out).</li>
 * </ol>
 * Decoding copies the values bit for bit, so {@code encode(decode(p)) == p} exactly.
 */
public final class ControllerCodec {
    private final SpikingNetwork network;
    private final List<ParameterSegment> segments;
    private final int length;

    public ControllerCodec(SpikingNetwork network) {
        this.network = network;
        this.segments = network.segments();
        int n = 0;
        for (ParameterSegment s : segments) n += s.length();
        this.length = n;
    }

    /** Number of parameters. */
    public int length() {
        return length;
    }

    /** The segments in order (name and length; arrays are the network's live storage). */
    public List<ParameterSegment> layout() {
        return segments;
    }

    /** Writes {@code flat} (length {@link #length()}) into the network. Allocates nothing. */
    public void decode(double[] flat) {
        if (flat.length != length) {
            throw new IllegalArgumentException("parameter vector has " + flat.length + " values, expected " + length);
        }
        int offset = 0;
        for (int i = 0, n = segments.size(); i < n; i++) {
            double[] v = segments.get(i).values();
            System.arraycopy(flat, offset, v, 0, v.length);
            offset += v.length;
        }
        network.refresh();
    }

    /** Writes the network's parameters into {@code dest} (length {@link #length()}). */
    public void encode(double[] dest) {
        if (dest.length != length) {
            throw new IllegalArgumentException("destination has " + dest.length + " values, expected " + length);
        }
        int offset = 0;
        for (int i = 0, n = segments.size(); i < n; i++) {
            double[] v = segments.get(i).values();
            System.arraycopy(v, 0, dest, offset, v.length);
            offset += v.length;
        }
    }

    /** A new vector with the current parameters (allocates). */
    public double[] encode() {
        double[] p = new double[length];
        encode(p);
        return p;
    }
}
