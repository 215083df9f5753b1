package org.propamine.plasticity;

/**
 * Three-factor version of a rule: {@code H ← clip(H + M_i·Δ, −c, c)} with the network-produced
 * neuromodulator {@code M = tanh(w_M·y + b_M)} fanned out as {@code M_i} (see {@link Neuromodulator}).
 * Example: {@code new Neuromodulated(new Bcm())} is {@code "nm-bcm"}.
 */
public final class Neuromodulated extends RuleDecorator {
    public Neuromodulated(PlasticityRule base) {
        super(base, "nm-");
    }

    @Override
    public Modulation modulation() {
        return Modulation.NEUROMODULATED;
    }
}
