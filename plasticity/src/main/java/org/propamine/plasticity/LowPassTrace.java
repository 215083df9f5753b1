package org.propamine.plasticity;

/**
 * Low-pass spike trace: {@code x ← d·x + (1−d)·s} with decay {@code d = exp(−Δt/τ)}; for spikes s ∈ {0, 1}
 * the trace stays in [0, 1]. Used for the pre (x_j) and post (y_i) activities of the rules; τ ≈ 10–20 ms.
 */
public final class LowPassTrace {
    private LowPassTrace() {}

    /** {@code d = exp(−Δt/τ)}; Δt and τ in seconds, both &gt; 0. */
    public static double decay(double dt, double tau) {
        if (!(dt > 0) || !(tau > 0)) throw new IllegalArgumentException("trace: dt = " + dt + ", tau = " + tau + ": expected > 0 s");
        return Math.exp(-dt / tau);
    }

    /** Updates {@code trace[0..n)} in place from {@code input[0..n)}. */
    public static void step(double[] trace, double[] input, int n, double d) {
        double g = 1 - d;
        for (int i = 0; i < n; i++) trace[i] = d * trace[i] + g * input[i];
    }
}
