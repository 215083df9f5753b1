package org.propamine.agent.neuron;

/**
 * Adaptive LIF (Bellec et al. 2018 style threshold adaptation) on top of {@link LifParams}.
 *
 * @param lif            membrane parameters
 * @param tauAdapt       adaptation time constant τ_a in seconds, &gt; 0 (default 0.2 s)
 * @param adaptStrength  threshold increment per unit of adaptation b ≥ 0 (default 0.2; 0 = plain LIF)
 */
public record AdaptiveLifParams(LifParams lif, double tauAdapt, double adaptStrength) {
    public AdaptiveLifParams {
        if (lif == null) throw new IllegalArgumentException("lif parameters are null");
        if (!(tauAdapt > 0) || Double.isInfinite(tauAdapt)) throw new IllegalArgumentException("tau_adapt = " + tauAdapt + ": expected > 0 s");
        if (!(adaptStrength >= 0) || Double.isInfinite(adaptStrength)) {
            throw new IllegalArgumentException("adapt_strength = " + adaptStrength + ": expected >= 0");
        }
    }

    /** Adaptation decay per substep {@code ρ = exp(−Δt/τ_a)}. */
    public double rho() {
        return Math.exp(-lif.dt() / tauAdapt);
    }
}
