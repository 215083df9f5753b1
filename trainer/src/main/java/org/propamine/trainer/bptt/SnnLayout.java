package org.propamine.trainer.bptt;

import java.util.HashMap;
import java.util.Map;
import org.propamine.agent.ControllerCodec;
import org.propamine.agent.network.SpikingNetwork;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.plasticity.ParameterSegment;

/**
 * Offsets of every learnable block in the flat parameter vector, read from the agent's
 * {@link ControllerCodec} layout, so BPTT gradients are in exactly the codec's order (one order in the
 * package). Absent blocks (e.g. {@code w_rec} of a feed-forward layer, {@code alpha} of rule {@code none})
 * have offset −1.
 */
final class SnnLayout {
    final int size;
    final int[] w;
    final int[] wRec;
    final int[] bias;
    final int[] alpha;
    final int[] etaRaw;
    final int[] etaERaw;
    final int[] rule;
    final int[] modW;
    final int[] modB;
    final int[] fanF;
    final int[] fanG;
    final int readoutW;
    final int readoutB;

    SnnLayout(NetworkSpec spec) {
        ControllerCodec codec = new ControllerCodec(new SpikingNetwork(spec));
        Map<String, Integer> offsets = new HashMap<>();
        int o = 0;
        for (ParameterSegment s : codec.layout()) {
            offsets.put(s.name(), o);
            o += s.length();
        }
        size = o;
        int layers = spec.layers().size();
        w = new int[layers];
        wRec = new int[layers];
        bias = new int[layers];
        alpha = new int[layers];
        etaRaw = new int[layers];
        etaERaw = new int[layers];
        rule = new int[layers];
        modW = new int[layers];
        modB = new int[layers];
        fanF = new int[layers];
        fanG = new int[layers];
        for (int l = 0; l < layers; l++) {
            String p = "layers[" + l + "].";
            w[l] = offsets.getOrDefault(p + "w", -1);
            wRec[l] = offsets.getOrDefault(p + "w_rec", -1);
            bias[l] = offsets.getOrDefault(p + "bias", -1);
            alpha[l] = offsets.getOrDefault(p + "alpha", -1);
            etaRaw[l] = offsets.getOrDefault(p + "eta_raw", -1);
            etaERaw[l] = offsets.getOrDefault(p + "eta_e_raw", -1);
            rule[l] = offsets.getOrDefault(p + "rule", -1);
            modW[l] = offsets.getOrDefault(p + "mod_w", -1);
            modB[l] = offsets.getOrDefault(p + "mod_b", -1);
            fanF[l] = offsets.getOrDefault(p + "fan_f", -1);
            fanG[l] = offsets.getOrDefault(p + "fan_g", -1);
            if (w[l] < 0 || bias[l] < 0) throw new IllegalStateException("codec layout lacks layers[" + l + "].w/bias: " + offsets.keySet());
        }
        readoutW = offsets.getOrDefault("readout.w", -1);
        readoutB = offsets.getOrDefault("readout.bias", -1);
        if (readoutW < 0 || readoutB < 0) throw new IllegalStateException("codec layout lacks readout.w/bias: " + offsets.keySet());
    }
}
