package org.propamine.trainer.bptt;

import org.propamine.agent.spec.NetworkSpec;

/**
 * Structural prior added to the seeded initial parameters of a temporal network whose first layer has a pair of
 * hidden neurons per signed input bit (PatternMemory: N signed channels, 2N hidden, N outputs): input channel k
 * drives hidden neuron 2k with {@code +input} and 2k+1 with {@code −input} (a ± split of the bit, in neurons),
 * output k reads {@code +readout} from hidden 2k and {@code −readout} from 2k+1, and every plasticity coefficient
 * α of layer 0 is shifted by {@code alpha}. The same prior is applied for every rule (the non-plastic network has
 * no α), so it changes where training starts, not which rule can win.
 *
 * @param input gain added to {@code W[k → 2k]} and subtracted from {@code W[k → 2k+1]} (≥ 0; 0 = none)
 * @param readout gain added to {@code W_out[2k → k]} and subtracted from {@code W_out[2k+1 → k]} (≥ 0; 0 = none)
 * @param alpha value added to every α of layer 0 (finite; 0 = none)
 */
public record PairedPrior(double input, double readout, double alpha) implements StructuralPrior {
    /** No prior: the agent's initialisation unchanged. */
    public static final PairedPrior NONE = new PairedPrior(0, 0, 0);

    public PairedPrior {
        if (!(input >= 0) || !(readout >= 0) || !Double.isFinite(input) || !Double.isFinite(readout) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("prior: input " + input + ", readout " + readout + ", alpha " + alpha
                    + "; expected finite gains >= 0 and a finite alpha");
        }
    }

    /** Adds the prior to {@code params} (codec order of {@code spec}, laid out by {@code layout}). */
    @Override
    public void apply(NetworkSpec spec, SnnLayout layout, double[] params) {
        int in = spec.layers().get(0).in();
        int hidden = spec.layers().get(0).out();
        int outputs = spec.readout().out();
        if ((input != 0 || readout != 0) && (2 * outputs > hidden || outputs > in)) {
            throw new IllegalArgumentException("prior: network " + spec.name() + " has " + in + " inputs, " + hidden
                    + " hidden and " + outputs + " outputs; a paired prior needs inputs >= outputs and hidden >= 2 x outputs");
        }
        for (int k = 0; k < outputs; k++) {
            params[layout.w[0] + k * hidden + 2 * k] += input;
            params[layout.w[0] + k * hidden + 2 * k + 1] -= input;
            params[layout.readoutW + 2 * k * outputs + k] += readout;
            params[layout.readoutW + (2 * k + 1) * outputs + k] -= readout;
        }
        if (alpha != 0 && layout.alpha[0] >= 0) {
            int count = spec.layers().get(0).plasticity().alphaSharing().count(in, hidden);
            for (int k = 0; k < count; k++) params[layout.alpha[0] + k] += alpha;
        }
    }
}
