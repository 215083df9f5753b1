package org.propamine.trainer.hybrid;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;

/**
 * The guiding subspace of Guided ES (Maheswaranathan, Metz, Tucker, Choi &amp; Sohl-Dickstein 2019): the k most
 * recent surrogate gradients, orthonormalised by modified Gram–Schmidt (directions already in the span are
 * dropped). A unit perturbation is
 * <pre>  e = √a · z + √((1−a) n / k) · Uᵀ ζ,   z ~ N(0, I_n), ζ ~ N(0, I_k)</pre>
 * i.e. {@code e ~ N(0, a I + ((1−a) n/k) U Uᵀ)}: the paper's Σ scaled by n, so that {@code E‖e‖² = n} as for the
 * isotropic ES perturbation and the same σ means the same step length. With fewer than k gradients so far, k
 * is the current basis size.
 */
final class GuidedSubspace {
    private final int k;
    private final int n;
    private final Deque<double[]> history = new ArrayDeque<>();
    private double[][] basis = new double[0][];

    GuidedSubspace(int k, int n) {
        this.k = k;
        this.n = n;
    }

    /** Adds a surrogate gradient (copied) and rebuilds the orthonormal basis. */
    void add(double[] gradient) {
        history.addFirst(gradient.clone());
        while (history.size() > k) history.removeLast();
        double[][] b = new double[history.size()][];
        int m = 0;
        for (double[] g : history) {
            double[] v = g.clone();
            for (int q = 0; q < m; q++) {
                double dot = 0;
                for (int i = 0; i < n; i++) dot += v[i] * b[q][i];
                for (int i = 0; i < n; i++) v[i] -= dot * b[q][i];
            }
            double norm = 0;
            for (double x : v) norm += x * x;
            norm = Math.sqrt(norm);
            double ref = 0;
            for (double x : g) ref += x * x;
            if (!(norm > 1e-9 * Math.sqrt(ref)) || norm == 0) continue;
            for (int i = 0; i < n; i++) v[i] /= norm;
            b[m++] = v;
        }
        basis = java.util.Arrays.copyOf(b, m);
    }

    int size() {
        return basis.length;
    }

    /** Basis vector q (read only). */
    double[] basis(int q) {
        return basis[q];
    }

    /**
     * Writes a unit perturbation into {@code dest}: the isotropic part from {@code z} (length n, e.g. a noise-table
     * slice already copied), the subspace part from {@code rng}.
     */
    void perturbation(double[] z, double a, SplittableRandom rng, double[] dest) {
        int m = basis.length;
        double iso = m == 0 ? 1 : Math.sqrt(a);
        for (int i = 0; i < n; i++) dest[i] = iso * z[i];
        if (m == 0) return;
        double sub = Math.sqrt((1 - a) * n / m);
        for (int q = 0; q < m; q++) {
            double c = sub * rng.nextGaussian();
            double[] u = basis[q];
            for (int i = 0; i < n; i++) dest[i] += c * u[i];
        }
    }
}
