package org.propamine.trainer.bptt;

/**
 * How the rule term Δ reaches the plastic trace H (SPEC §5).
 *
 * <ul>
 *   <li>{@link #NONE}: {@code H ← clip(H + Δ, −c, c)}.</li>
 *   <li>{@link #NEUROMODULATED}: {@code H ← clip(H + m_i Δ, −c, c)}, {@code m_i = f_i M + g_i},
 *       {@code M = tanh(w_M·y + b_M)}.</li>
 *   <li>{@link #RETROACTIVE}: {@code H ← clip(H + m_i E, −c, c)} first, then
 *       {@code E ← (1−η_E) E + η_E Δ} (eligibility trace).</li>
 * </ul>
 */
public enum Modulation {
    NONE,
    NEUROMODULATED,
    RETROACTIVE;

    /** True when the network has a neuromodulator head. */
    public boolean modulated() {
        return this != NONE;
    }
}
