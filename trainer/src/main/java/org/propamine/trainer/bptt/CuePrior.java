package org.propamine.trainer.bptt;

import org.propamine.agent.spec.NetworkSpec;
import org.propamine.plasticity.LowPassTrace;

/**
 * Structural prior of the CueReward network (inputs: {@code B} signed cue bits, then prompt, reward, answer
 * "present", answer "absent"; see {@code MergeSignChannels} and {@code CueRewardEnv}). It overwrites the seeded
 * initial parameters of the first nine hidden neurons (input and recurrent weights into them, bias, α, readout
 * weights, modulator weights), the same for every rule:
 * <pre>
 *   neuron 0   R, the learner: I = 2g·(present + absent), so it spikes on every feedback step; its cue synapses
 *              have W = 0 and α = alpha; readout +readout, readout bias = readoutBias
 *   neuron 1   answered present and rewarded       (target was present)  I = g/2·(reward + present)
 *   neuron 2   answered absent and not rewarded    (target was present)  I = g·(absent − reward)
 *   neuron 3   answered absent and rewarded        (target was absent)   I = g/2·(reward + absent)
 *   neuron 4   answered present and not rewarded   (target was absent)   I = g·(present − reward)
 *   neurons 5–8  one-step-delayed copies of 1–4 (W_rec = g from their original, nothing else)
 *   modulator  M = tanh(k·[y1 + y2 − y3 − y4 − d·(y5 + y6 − y7 − y8)]),  b_M = 0, other w_M = 0
 * </pre>
 * (at τ_mem 20 ms only the full sum g = 3 reaches the LIF threshold in one step, g/2 does not). With d the
 * post-trace decay per step, the delayed copies cancel the decaying tail of the outcome neurons' traces, so M is
 * ±tanh(k·(1−d)) on the feedback step — + when the pair held the target, − when not — and exactly 0 on every
 * other step. A neuromodulated Hebbian trace of R then adds, once per trial, M·η·y_R·x_j: the still-decaying pre
 * traces of the trial's cues, signed by whether the target was among them; the target's bits come to drive R
 * when the cues are shown again, and the readout turns R's spikes into the answer. Rules without a modulator get
 * the same wiring but their traces also grow on pairs without the target, and the non-plastic network has no
 * trace at all, so neither can tell the cues apart.
 *
 * @param gain outcome-neuron input gain g (> 0; 3 = one-step spike from rest at τ_mem 20 ms)
 * @param alpha plasticity coefficient of R's cue synapses (finite)
 * @param readout readout weight of R (finite)
 * @param readoutBias readout bias (finite)
 * @param modGain modulator gain k (finite)
 */
public record CuePrior(double gain, double alpha, double readout, double readoutBias, double modGain) implements StructuralPrior {
    /** Number of hidden neurons the prior sets (0..8). */
    public static final int NEURONS = 9;

    public CuePrior {
        if (!(gain > 0) || !Double.isFinite(gain) || !Double.isFinite(alpha) || !Double.isFinite(readout)
                || !Double.isFinite(readoutBias) || !Double.isFinite(modGain)) {
            throw new IllegalArgumentException("cue prior: gain " + gain + ", alpha " + alpha + ", readout " + readout
                    + ", readoutBias " + readoutBias + ", modGain " + modGain + "; expected gain > 0, all finite");
        }
    }

    @Override
    public void apply(NetworkSpec spec, SnnLayout layout, double[] params) {
        int in = spec.layers().get(0).in();
        int hidden = spec.layers().get(0).out();
        int outputs = spec.readout().out();
        int bits = in - 4;
        if (bits < 1 || hidden < NEURONS || outputs != 1 || layout.wRec[0] < 0) {
            throw new IllegalArgumentException("cue prior: network " + spec.name() + " has " + in + " inputs, " + hidden
                    + " hidden and " + outputs + " outputs; expected >= 5 inputs (cue bits + 4), >= " + NEURONS
                    + " recurrent hidden neurons, 1 output");
        }
        int reward = bits + 1, present = bits + 2, absent = bits + 3;
        int w0 = layout.w[0], r0 = layout.wRec[0];
        for (int i = 0; i < NEURONS; i++) {
            for (int j = 0; j < in; j++) params[w0 + j * hidden + i] = 0;
            for (int r = 0; r < hidden; r++) params[r0 + r * hidden + i] = 0;
            params[layout.bias[0] + i] = 0;
        }
        double half = gain / 2;
        set(params, w0, hidden, present, 0, 2 * gain);
        set(params, w0, hidden, absent, 0, 2 * gain);
        set(params, w0, hidden, reward, 1, half);
        set(params, w0, hidden, present, 1, half);
        set(params, w0, hidden, absent, 2, gain);
        set(params, w0, hidden, reward, 2, -gain);
        set(params, w0, hidden, reward, 3, half);
        set(params, w0, hidden, absent, 3, half);
        set(params, w0, hidden, present, 4, gain);
        set(params, w0, hidden, reward, 4, -gain);
        for (int k = 1; k <= 4; k++) set(params, r0, hidden, k, k + 4, gain);
        if (layout.alpha[0] >= 0) {
            if (spec.layers().get(0).plasticity().alphaSharing().count(in, hidden) != in * hidden) {
                throw new IllegalArgumentException("cue prior: network " + spec.name() + " needs one α per synapse");
            }
            for (int i = 0; i < NEURONS; i++) {
                for (int j = 0; j < in; j++) params[layout.alpha[0] + j * hidden + i] = i == 0 && j < bits ? alpha : 0;
            }
        }
        for (int j = 0; j < hidden; j++) params[layout.readoutW + j * outputs] = j == 0 ? readout : 0;
        params[layout.readoutB] = readoutBias;
        if (layout.modW[0] >= 0) {
            double d = LowPassTrace.decay(spec.dt(), spec.traceTau());
            for (int i = 0; i < hidden; i++) params[layout.modW[0] + i] = 0;
            params[layout.modW[0] + 1] = modGain;
            params[layout.modW[0] + 2] = modGain;
            params[layout.modW[0] + 3] = -modGain;
            params[layout.modW[0] + 4] = -modGain;
            params[layout.modW[0] + 5] = -d * modGain;
            params[layout.modW[0] + 6] = -d * modGain;
            params[layout.modW[0] + 7] = d * modGain;
            params[layout.modW[0] + 8] = d * modGain;
            params[layout.modB[0]] = 0;
        }
    }

    private static void set(double[] params, int offset, int hidden, int from, int to, double value) {
        params[offset + from * hidden + to] = value;
    }
}
