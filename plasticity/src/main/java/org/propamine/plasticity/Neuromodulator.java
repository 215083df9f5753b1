package org.propamine.plasticity;

/**
 * The neuromodulator head of a layer: {@code M = tanh(Σ_i w_M,i·y_i + b_M) ∈ (−1, 1)} from the layer's post
 * traces y, fanned out as {@code M_i = M} ({@link Fanout#GLOBAL}) or {@code M_i = f_i·M + g_i}
 * ({@link Fanout#PER_POST}).
 */
public final class Neuromodulator {
    private Neuromodulator() {}

    /** Computes M and writes M_i into {@code state}; returns M. Allocates nothing. */
    public static double compute(PlasticParameters p, double[] y, PlasticState state) {
        int n = p.nPost();
        double[] w = p.modW;
        double z = p.modB[0];
        for (int i = 0; i < n; i++) z += w[i] * y[i];
        double big = Math.tanh(z);
        double[] m = state.m;
        if (p.fanF.length > 0) {
            double[] f = p.fanF, g = p.fanG;
            for (int i = 0; i < n; i++) m[i] = f[i] * big + g[i];
        } else {
            java.util.Arrays.fill(m, 0, n, big);
        }
        state.modulator = big;
        return big;
    }
}
