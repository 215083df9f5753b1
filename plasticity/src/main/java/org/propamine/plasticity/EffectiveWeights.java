package org.propamine.plasticity;

/**
 * The input current through a plastic layer's effective weights {@code W_eff = W + α ⊙ H} (SPEC §5):
 * <pre>  I_i += Σ_j u_j·(W_ji + α_ji·H_ji)     (j ascending, rows with u_j = 0 skipped)</pre>
 * fused with the layer's pending one-sided H update ({@link PlasticityStep#updateDeferred}): a row that the
 * update touches (x_j ≠ 0) is updated first and its new H is used at once, so H is read once per substep
 * instead of twice. The result is the same bits as applying the whole update and then summing. Every array in
 * the per-synapse loops is indexed by the post neuron i (rows of W, α, H and I), so C2 vectorises them.
 */
public final class EffectiveWeights {
    private EffectiveWeights() {}

    /**
     * Adds the current of every pre neuron with {@code u[j] ≠ 0} to {@code current}, and leaves no update
     * pending in {@code s}. Allocates nothing.
     *
     * @param wRows   rows of W, {@code wRows[j][i]} = W_ji (nPre rows of nPost)
     * @param u       pre-synaptic activity of this substep (spikes or input currents), length nPre
     * @param current the current I (length nPost), holding the bias or earlier terms on entry
     */
    public static void accumulate(PlasticParameters p, PlasticState s, double[][] wRows, double[] u, double[] current) {
        boolean pending = s.pending;
        double[] x = s.pendingX, q = s.a;
        double clip = s.clip;
        int nPost = p.nPost();
        for (int j = 0; j < p.nPre(); j++) {
            double uj = u[j], xj = pending ? x[j] : 0;
            if (uj == 0) {
                if (xj != 0) PlasticityStep.applyPendingRow(s, j, xj);
                continue;
            }
            double[] w = wRows[j], alpha = p.alphaRow(j), h = s.hRows[j];
            if (xj == 0) {
                for (int i = 0; i < nPost; i++) current[i] += uj * (w[i] + alpha[i] * h[i]);
            } else {
                double[] sg = xj > 0 ? s.signUp : s.signDown;
                if (s.smallIncrements(xj)) {
                    for (int i = 0; i < nPost; i++) {
                        double v = PlasticityStep.oneSidedSmall(h[i], q[i], xj, sg[i], clip);
                        h[i] = v;
                        current[i] += uj * (w[i] + alpha[i] * v);
                    }
                } else {
                    for (int i = 0; i < nPost; i++) {
                        double v = PlasticityStep.oneSided(h[i], q[i], xj, sg[i], clip);
                        h[i] = v;
                        current[i] += uj * (w[i] + alpha[i] * v);
                    }
                }
            }
        }
        s.pending = false;
    }
}
