package org.propamine.trainer.hybrid;

/**
 * Where a {@link HybridTrainer} step gets its direction (SPEC §6, "ES plus gradient").
 *
 * <ul>
 *   <li>{@link #ES}: pure OpenAI-ES on the true return (the baseline).</li>
 *   <li>{@link #COMBINED}: one optimiser step on {@code β ĝ_ES + (1−β) ĝ_BPTT}, both unit-normalised.</li>
 *   <li>{@link #GUIDED}: Guided ES (Maheswaranathan et al. 2019): perturbations from
 *       {@code N(0, σ²Σ)}, {@code Σ = (a/n) I + ((1−a)/k) U Uᵀ}, U an orthonormal basis of the k most recent
 *       surrogate (BPTT) gradients; the estimate uses only the true return.</li>
 * </ul>
 */
public enum HybridMode {
    ES,
    COMBINED,
    GUIDED
}
