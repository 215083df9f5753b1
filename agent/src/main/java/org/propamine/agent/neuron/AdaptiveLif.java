package org.propamine.agent.neuron;

/**
 * Adaptive LIF step: the threshold rises after each spike and relaxes back. For neuron i, with
 * β = exp(−Δt/τ_m), ρ = exp(−Δt/τ_a):
 * <pre>
 *   ϑ_i = v_th + b·a_i                        (adaptive threshold from the previous step's a)
 *   v_i ← β·v_i + (1−β)·I_i
 *   s_i = H(v_i − ϑ_i)
 *   soft reset: v_i ← v_i − s_i·ϑ_i           hard reset: v_i ← (1 − s_i)·v_i
 *   a_i ← ρ·a_i + s_i
 * </pre>
 * With b = 0 it is exactly {@link Lif}.
 */
public final class AdaptiveLif {
    private AdaptiveLif() {}

    /** Advances {@code n} neurons; {@code v} and adaptation {@code a} in place, spikes into {@code spikes}. */
    public static void step(AdaptiveLifParams p, double beta, double rho, double[] current, double[] v, double[] a,
                            double[] spikes, int n) {
        double g = 1 - beta, th = p.lif().vTh(), b = p.adaptStrength();
        boolean soft = p.lif().reset() == ResetMechanism.SOFT;
        for (int i = 0; i < n; i++) {
            double thi = th + b * a[i];
            double vi = beta * v[i] + g * current[i];
            double s = vi >= thi ? 1.0 : 0.0;
            v[i] = soft ? vi - s * thi : vi * (1 - s);
            a[i] = rho * a[i] + s;
            spikes[i] = s;
        }
    }
}
