package org.propamine.plasticity;

/**
 * Eligibility-trace (retroactive) version of a rule. Per step, in this order:
 * <pre>  H ← clip(H + M_i·E, −c, c)
 *  E ← (1 − η_E)·E + η_E·Δ</pre>
 * so the neuromodulator M_i (see {@link Neuromodulator}) credits coincidences of the recent past held in E.
 * η_E = σ(raw η_E) ∈ (0, 1) is learnable. Example: {@code new Retroactive(new Hebbian())} is
 * {@code "retro-hebbian"}.
 */
public final class Retroactive extends RuleDecorator {
    public Retroactive(PlasticityRule base) {
        super(base, "retro-");
    }

    @Override
    public Modulation modulation() {
        return Modulation.RETROACTIVE;
    }
}
