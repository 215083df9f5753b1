package org.propamine.agent.spec;

/**
 * The decoder from the last layer's spikes to the action (values in [−1, 1]).
 *
 * @param kind leaky readout or spike rate
 * @param in   inputs (= last layer size), &gt; 0
 * @param out  action dimensions, &gt; 0
 * @param tau  time constant in seconds, &gt; 0: the leaky integrator's τ (default 0.05 s) or the rate decoder's
 *             output LIF τ_m
 */
public record ReadoutSpec(ReadoutKind kind, int in, int out, double tau) {
    public ReadoutSpec {
        if (kind == null) throw new IllegalArgumentException("type = null: expected leaky or rate");
        if (in <= 0) throw new IllegalArgumentException("in = " + in + ": expected > 0");
        if (out <= 0) throw new IllegalArgumentException("out = " + out + ": expected > 0");
        if (!(tau > 0) || Double.isInfinite(tau)) throw new IllegalArgumentException("tau = " + tau + ": expected > 0 s");
    }
}
