package org.propamine.agent.neuron;

/**
 * Leaky integrate-and-fire step (Norse {@code lif_step} style: parameters record + state arrays + one
 * function). For each neuron i, with β = exp(−Δt/τ_m):
 * <pre>
 *   v_i ← β·v_i + (1−β)·I_i                 (leaky integration of the input current I)
 *   s_i = H(v_i − v_th)  (1 when v_i ≥ v_th, else 0)
 *   soft reset: v_i ← v_i − s_i·v_th          hard reset: v_i ← (1 − s_i)·v_i
 * </pre>
 * which is SPEC §4's {@code v ← βv + (1−β)I − s·v_th} with s the spike of this step. A constant current I
 * drives v towards I, so a neuron fires iff I &gt; v_th (eventually).
 */
public final class Lif {
    private Lif() {}

    /**
     * Advances {@code n} neurons one substep: reads {@code current}, updates {@code v} in place, writes
     * spikes (0 or 1) into {@code spikes}. Allocates nothing.
     */
    public static void step(LifParams p, double beta, double[] current, double[] v, double[] spikes, int n) {
        double g = 1 - beta, th = p.vTh();
        boolean soft = p.reset() == ResetMechanism.SOFT;
        for (int i = 0; i < n; i++) {
            double vi = beta * v[i] + g * current[i];
            double s = vi >= th ? 1.0 : 0.0;
            v[i] = soft ? vi - s * th : vi * (1 - s);
            spikes[i] = s;
        }
    }
}
