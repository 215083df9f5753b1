package org.propamine.plasticity;

/**
 * One plasticity update of a layer, run after the layer's spikes and traces of the step are known
 * (SPEC §5 order: currents with W_eff → spikes → traces → M → (retroactive H) → E/H update → clip):
 * <ol>
 *   <li>per-post coefficients of the rule: {@code Δ_ji = a_i x_j + c_i − b_i H_ji} ({@link PlasticityRule});</li>
 *   <li>modulated rules: {@code M = tanh(w_M·y + b_M)} and its fan-out M_i ({@link Neuromodulator});</li>
 *   <li>{@link Modulation#NONE}: {@code H ← clip(H + Δ, −c, c)};
 *       {@link Modulation#NEUROMODULATED}: {@code H ← clip(H + M_i Δ, −c, c)};
 *       {@link Modulation#RETROACTIVE}: {@code H ← clip(H + M_i E, −c, c)} then
 *       {@code E ← (1−η_E) E + η_E Δ}, with Δ evaluated on the H just updated;</li>
 *   <li>BCM: {@code θ_i ← θ_i + (Δt/τ_θ)(y_i² − θ_i)} (after H, so Δ used the previous θ).</li>
 * </ol>
 * One fused loop per layer over the pre-major arrays; no allocation, no virtual call per synapse. Rows with
 * {@code x_j = 0} are skipped when the rule has no x-free term (b = c = 0, as for BCM). The per-post factors
 * are copied into synapse-sized tiles row by row (see {@link PlasticState}) so the per-synapse loops vectorise;
 * the arithmetic per synapse is unchanged, so results are bit-identical to the plain per-post form.
 * The per-post scratch a, b, c is overwritten by the folded factors during the step.
 */
public final class PlasticityStep {
    private PlasticityStep() {}

    /**
     * @param x  pre-synaptic traces (length nPre)
     * @param y  post-synaptic traces (length nPost)
     * @param dt step length Δt in seconds (for the BCM threshold)
     */
    public static void step(PlasticParameters p, PlasticState s, double[] x, double[] y, double dt) {
        PlasticityConfig cfg = p.config();
        PlasticityRule rule = cfg.rule();
        if (!rule.isPlastic()) return;
        int nPre = p.nPre(), nPost = p.nPost();
        rule.coefficients(p.eta(), p.ruleParams, y, s.theta, nPost, s.a, s.b, s.c);
        Modulation mod = rule.modulation();
        if (mod.usesModulator()) Neuromodulator.compute(p, y, s);
        if (mod == Modulation.RETROACTIVE) {
            retroactive(s, x, nPre, nPost, cfg.clip(), p.etaE());
        } else {
            direct(s, x, nPre, nPost, cfg.clip());
        }
        if (rule.usesThreshold()) Bcm.slideThreshold(y, s.theta, nPost, dt / cfg.tauTheta());
    }

    /**
     * {@code H ← clip(H + M_i·Δ)} (M_i ≡ 1 for unmodulated rules), folded per post neuron into
     * {@code H ← clip(p_i H + q_i x_j + r_i)} with p_i = 1 − M_i b_i, q_i = M_i a_i, r_i = M_i c_i, so the
     * inner loop is one multiply-add chain per synapse.
     */
    private static void direct(PlasticState s, double[] x, int nPre, int nPost, double clip) {
        double[] a = s.a, b = s.b, c = s.c, m = s.m;
        boolean skipZeroRows = true;
        for (int i = 0; i < nPost; i++) {
            double mi = m[i];
            double bi = b[i], ci = c[i];
            a[i] = mi * a[i];
            b[i] = 1 - mi * bi;
            c[i] = mi * ci;
            if (b[i] != 1 || c[i] != 0) skipZeroRows = false;
        }
        if (skipZeroRows) {
            // p_i = 1, r_i = 0 (BCM, Oja-free terms): H ← clip(H + q_i x_j), rows with x_j = 0 unchanged
            for (int j = 0; j < nPre; j++) {
                double xj = x[j];
                if (xj == 0) continue;
                int base = j * nPost;
                System.arraycopy(a, 0, s.tileA, base, nPost);
                addScaledClipped(s.h, s.tileA, xj, clip, base, base + nPost);
            }
            return;
        }
        for (int j = 0; j < nPre; j++) {
            int base = j * nPost;
            System.arraycopy(a, 0, s.tileA, base, nPost);
            System.arraycopy(b, 0, s.tileB, base, nPost);
            System.arraycopy(c, 0, s.tileC, base, nPost);
            affineClipped(s.h, s.tileB, s.tileA, s.tileC, x[j], clip, base, base + nPost);
        }
    }

    /** {@code h[k] ← clip(h[k] + q[k]·x)} for k in [from, to); Math.min/max give the same bits as the compare form. */
    private static void addScaledClipped(double[] h, double[] q, double x, double clip, int from, int to) {
        double lo = -clip;
        for (int k = from; k < to; k++) h[k] = Math.max(lo, Math.min(clip, h[k] + q[k] * x));
    }

    /** {@code h[k] ← clip(p[k]·h[k] + q[k]·x + r[k])} for k in [from, to). */
    private static void affineClipped(double[] h, double[] p, double[] q, double[] r, double x, double clip, int from, int to) {
        double lo = -clip;
        for (int k = from; k < to; k++) h[k] = Math.max(lo, Math.min(clip, p[k] * h[k] + q[k] * x + r[k]));
    }

    /** {@code H ← clip(H + M_i·E)}, then {@code E ← (1−η_E)E + η_E Δ(H)}. */
    private static void retroactive(PlasticState s, double[] x, int nPre, int nPost, double clip, double etaE) {
        double[] h = s.h, e = s.e, ta = s.tileA, tb = s.tileB, tc = s.tileC, tm = s.tileM;
        double keep = 1 - etaE, lo = -clip;
        for (int j = 0; j < nPre; j++) {
            double xj = x[j];
            int base = j * nPost, end = base + nPost;
            System.arraycopy(s.a, 0, ta, base, nPost);
            System.arraycopy(s.b, 0, tb, base, nPost);
            System.arraycopy(s.c, 0, tc, base, nPost);
            System.arraycopy(s.m, 0, tm, base, nPost);
            for (int k = base; k < end; k++) {
                double v = Math.max(lo, Math.min(clip, h[k] + tm[k] * e[k]));
                h[k] = v;
                e[k] = keep * e[k] + etaE * (ta[k] * xj + tc[k] - tb[k] * v);
            }
        }
    }

}
