package org.propamine.agent.neuron;

/**
 * Parameters of a leaky integrate-and-fire neuron population (immutable; see {@link Lif} for the step).
 * Units: seconds for Δt and τ, dimensionless potentials (threshold 1 by default, rest 0).
 *
 * @param tauMem membrane time constant τ_m in seconds, &gt; 0 (default 0.02 s)
 * @param vTh    firing threshold v_th, &gt; 0 (default 1)
 * @param reset  soft or hard reset (default soft)
 * @param dt     SNN substep Δt in seconds, &gt; 0 (default 0.0125 s = one 0.05 s env step / K = 4)
 */
public record LifParams(double tauMem, double vTh, ResetMechanism reset, double dt) {
    public LifParams {
        if (!(tauMem > 0) || Double.isInfinite(tauMem)) throw new IllegalArgumentException("tau_mem = " + tauMem + ": expected > 0 s");
        if (!(vTh > 0) || Double.isInfinite(vTh)) throw new IllegalArgumentException("v_th = " + vTh + ": expected > 0");
        if (reset == null) throw new IllegalArgumentException("reset = null: expected soft or hard");
        if (!(dt > 0) || Double.isInfinite(dt)) throw new IllegalArgumentException("dt = " + dt + ": expected > 0 s");
    }

    /** τ_m = 0.02 s, v_th = 1, soft reset, Δt = 0.0125 s. */
    public static LifParams defaults() {
        return new LifParams(0.02, 1.0, ResetMechanism.SOFT, 0.0125);
    }

    /** Membrane decay per substep {@code β = exp(−Δt/τ_m) ∈ (0, 1)}. */
    public double beta() {
        return Math.exp(-dt / tauMem);
    }

    public LifParams withReset(ResetMechanism r) {
        return new LifParams(tauMem, vTh, r, dt);
    }
}
