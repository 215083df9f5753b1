package org.propamine.plasticity;

/**
 * How a rule's increment Δ reaches the plastic trace H (SPEC §5). Δ is the rule's term, see
 * {@link PlasticityRule}; c is the clip bound, M_i the (fanned-out) neuromodulator.
 *
 * <ul>
 *   <li>{@link #NONE}: {@code H ← clip(H + Δ, −c, c)} (two-factor rule).</li>
 *   <li>{@link #NEUROMODULATED}: {@code H ← clip(H + M_i·Δ, −c, c)} (three-factor rule).</li>
 *   <li>{@link #RETROACTIVE}: first {@code H ← clip(H + M_i·E, −c, c)}, then
 *       {@code E ← (1−η_E)·E + η_E·Δ} (eligibility trace E; M acts on past coincidences).</li>
 * </ul>
 */
public enum Modulation {
    NONE,
    NEUROMODULATED,
    RETROACTIVE;

    /** True when the layer needs a neuromodulator head (M). */
    public boolean usesModulator() {
        return this != NONE;
    }
}
