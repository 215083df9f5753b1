package org.propamine.plasticity;

/**
 * Constants of one plastic layer (immutable; the learnable numbers live in {@link PlasticParameters}).
 *
 * @param rule         the rule, from {@link Rules#resolve}
 * @param alphaSharing how many α coefficients are learned (default {@link CoefficientSharing#PER_SYNAPSE})
 * @param fanout       how the neuromodulator reaches each post neuron (default {@link Fanout#GLOBAL})
 * @param clip         bound c of the plastic trace, {@code H ∈ [−c, c]}; c &gt; 0, default 1
 * @param tauTheta     BCM threshold time constant τ_θ in seconds, &gt; 0 (default 0.5 s; unused by other rules)
 * @param initialEta   initial learning rate η ∈ (0, 1) (default 0.1); stored as raw σ⁻¹(η)
 * @param initialEtaE  initial eligibility rate η_E ∈ (0, 1) of retroactive rules (default 0.1)
 * @param traceFloor   ε_x ≥ 0, finite (default 0 = exact): a pre-synaptic trace with {@code |x_j| < ε_x} does not
 *                     drive the rule, x_j is taken as 0 ({@link #preFactor}). The low-pass trace of a silent pre
 *                     neuron decays as d^n but never reaches 0, so without a floor every row of H is updated on
 *                     every substep; with ε_x = 10⁻³ a row is skipped once its neuron has been silent for about
 *                     τ·ln(0.57/ε_x) ≈ 6 τ (the trace right after a spike is 1 − d = 0.57 at Δt/τ = 0.83). The
 *                     skipped increments are below ε_x·|q_i| per substep.
 */
public record PlasticityConfig(PlasticityRule rule, CoefficientSharing alphaSharing, Fanout fanout, double clip,
                               double tauTheta, double initialEta, double initialEtaE, double traceFloor) {
    public PlasticityConfig {
        if (rule == null) throw new IllegalArgumentException("rule is null");
        if (alphaSharing == null) throw new IllegalArgumentException("alpha_sharing is null");
        if (fanout == null) throw new IllegalArgumentException("fanout is null");
        if (!(clip > 0) || Double.isInfinite(clip)) throw new IllegalArgumentException("clip = " + clip + ": expected a finite value > 0");
        if (!(tauTheta > 0) || Double.isInfinite(tauTheta)) throw new IllegalArgumentException("tau_theta = " + tauTheta + ": expected > 0 s");
        if (!(initialEta > 0 && initialEta < 1)) throw new IllegalArgumentException("eta = " + initialEta + ": expected 0 < eta < 1");
        if (!(initialEtaE > 0 && initialEtaE < 1)) throw new IllegalArgumentException("eta_e = " + initialEtaE + ": expected 0 < eta_e < 1");
        if (!(traceFloor >= 0) || Double.isInfinite(traceFloor)) {
            throw new IllegalArgumentException("trace_floor = " + traceFloor + ": expected a finite value >= 0");
        }
    }

    /** Without a trace floor (ε_x = 0, exact). */
    public PlasticityConfig(PlasticityRule rule, CoefficientSharing alphaSharing, Fanout fanout, double clip,
                            double tauTheta, double initialEta, double initialEtaE) {
        this(rule, alphaSharing, fanout, clip, tauTheta, initialEta, initialEtaE, 0);
    }

    /** The pre-synaptic factor the rule sees: {@code x_j}, or 0 when {@code |x_j| < ε_x}. */
    public double preFactor(double xj) {
        return Math.abs(xj) < traceFloor ? 0 : xj;
    }

    /** Defaults for {@code rule}: per-synapse α, global M, c = 1, τ_θ = 0.5 s, η = η_E = 0.1. */
    public static PlasticityConfig defaults(PlasticityRule rule) {
        return new PlasticityConfig(rule, CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, 1.0, 0.5, 0.1, 0.1);
    }

    public PlasticityConfig withAlphaSharing(CoefficientSharing s) {
        return new PlasticityConfig(rule, s, fanout, clip, tauTheta, initialEta, initialEtaE, traceFloor);
    }

    public PlasticityConfig withFanout(Fanout f) {
        return new PlasticityConfig(rule, alphaSharing, f, clip, tauTheta, initialEta, initialEtaE, traceFloor);
    }

    public PlasticityConfig withClip(double c) {
        return new PlasticityConfig(rule, alphaSharing, fanout, c, tauTheta, initialEta, initialEtaE, traceFloor);
    }

    public PlasticityConfig withTraceFloor(double floor) {
        return new PlasticityConfig(rule, alphaSharing, fanout, clip, tauTheta, initialEta, initialEtaE, floor);
    }
}
