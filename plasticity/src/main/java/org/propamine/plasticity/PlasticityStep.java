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
 * One loop per pre-synaptic row of H (see {@link PlasticState}); every array in it is indexed by the post
 * neuron i, so C2 vectorises it; no allocation, no virtual call per synapse. x_j is the rule's pre factor
 * ({@link PlasticityConfig#preFactor}: the pre trace, or 0 below the trace floor ε_x). Rows with {@code x_j = 0} are
 * skipped when the rule has no x-free term (b = c = 0, as for BCM); that one-sided update needs one min per
 * synapse instead of a min and a max ({@link #oneSided}), or none when the increments are at most c
 * ({@link #oneSidedSmall}, same bits), and may be left pending ({@link #updateDeferred}) so
 * the next substep applies it in the same pass that reads H for the currents ({@link EffectiveWeights}). The
 * per-post scratch a, b, c is overwritten by the folded factors during the step.
 */
public final class PlasticityStep {
    /** 2^1000: HUGE² carries the smallest subnormal beyond 1. */
    private static final double HUGE = 0x1p1000;

    private PlasticityStep() {}

    /**
     * One update ({@link #updateRows}), then the flat views {@code s.h()}, {@code s.e()} are brought up to date.
     *
     * @param x  pre-synaptic traces (length nPre)
     * @param y  post-synaptic traces (length nPost)
     * @param dt step length Δt in seconds (for the BCM threshold)
     */
    public static void step(PlasticParameters p, PlasticState s, double[] x, double[] y, double dt) {
        updateRows(p, s, x, y, dt);
        s.syncView();
    }

    /**
     * One update of the rows of H (and E, θ); the flat views are left as they were
     * until {@link PlasticState#syncView()} (for callers that run several updates between reads).
     */
    public static void updateRows(PlasticParameters p, PlasticState s, double[] x, double[] y, double dt) {
        updateDeferred(p, s, x, y, dt);
        applyPending(s);
    }

    /**
     * As {@link #updateRows}, except that a one-sided H update (see {@link #oneSided}) is only recorded: its
     * per-post factors and a copy of x stay in {@code s} as the pending update, which the next
     * {@link EffectiveWeights#accumulate} applies row by row while it reads H for the input currents (one pass
     * over H instead of two), or {@link #applyPending} / {@link PlasticState#syncView()} apply. Everything else of
     * the step (coefficients, M, θ, E and the other rules' H) is done now, so the results are the same bits.
     */
    public static void updateDeferred(PlasticParameters p, PlasticState s, double[] x, double[] y, double dt) {
        applyPending(s);
        PlasticityConfig cfg = p.config();
        PlasticityRule rule = cfg.rule();
        if (!rule.isPlastic()) return;
        int nPre = p.nPre(), nPost = p.nPost();
        rule.coefficients(p.eta(), p.ruleParams, y, s.theta, nPost, s.a, s.b, s.c);
        Modulation mod = rule.modulation();
        if (mod.usesModulator()) Neuromodulator.compute(p, y, s);
        if (mod == Modulation.RETROACTIVE) {
            retroactive(s, cfg, x, nPre, nPost, p.etaE());
        } else {
            direct(s, cfg, x, nPre, nPost);
        }
        if (rule.usesThreshold()) Bcm.slideThreshold(y, s.theta, nPost, dt / cfg.tauTheta());
    }

    /** Applies a pending one-sided update to every row with x_j ≠ 0 (nothing when none is pending). */
    public static void applyPending(PlasticState s) {
        if (!s.pending) return;
        double[] x = s.pendingX;
        for (int j = 0; j < x.length; j++) {
            double xj = x[j];
            if (xj != 0) applyPendingRow(s, j, xj);
        }
        s.pending = false;
    }

    /**
     * Row j of the pending one-sided update: {@code H_j· ← clip(H_j· + q x_j)}, x_j ≠ 0; with the cheaper
     * {@link #oneSidedSmall} when the row's increments are at most c ({@link PlasticState#smallIncrements}).
     */
    static void applyPendingRow(PlasticState s, int j, double xj) {
        double[] h = s.hRows[j], q = s.a, sg = xj > 0 ? s.signUp : s.signDown;
        double clip = s.clip;
        if (s.smallIncrements(xj)) {
            for (int i = 0; i < h.length; i++) h[i] = oneSidedSmall(h[i], q[i], xj, sg[i], clip);
        } else {
            for (int i = 0; i < h.length; i++) h[i] = oneSided(h[i], q[i], xj, sg[i], clip);
        }
    }

    /**
     * One synapse of the one-sided update (p_i = 1, r_i = 0: BCM and any rule without x-free terms):
     * {@code clip(h + q_i x_j)}. Since H ∈ [−c, c] before the update, only the bound on the side of the
     * increment's sign σ = sign(q_i)·sign(x_j) can be reached, so {@code clip(v) = σ·min(c, σ·v)}: multiplying by
     * ±1 is exact (signed zeros included), so this gives the same bits as the two-sided clip with one min
     * instead of a min and a max.
     */
    static double oneSided(double h, double q, double xj, double sign, double clip) {
        return sign * Math.min(clip, sign * (h + q * xj));
    }

    /**
     * {@link #oneSided} without {@code Math.min} (whose NaN and signed-zero rules cost C2 a blend sequence per
     * vector), for increments with {@code |q x_j| ≤ c}: with {@code u = σ(h + q x_j)} and {@code z = u − c},
     * {@code min(c, u) = u − relu(z)} and {@code relu(z) = (z + |z|)/2}. The result is the same bits as
     * {@link #oneSided}: for u ≤ c, z ≤ 0 and {@code z + |z|} is exactly 0, so u is returned unchanged; for
     * c &lt; u ≤ 2c (|h| ≤ c and the increment at most c), z = u − c is exact (Sterbenz), {@code (z + |z|)/2 = z}
     * exactly and u − z = c exactly. H is never −0 (it starts at +0 and an update cannot produce −0 from it),
     * so the sign of a zero result agrees as well.
     */
    static double oneSidedSmall(double h, double q, double xj, double sign, double clip) {
        double u = sign * (h + q * xj);
        double z = u - clip;
        return sign * (u - 0.5 * (z + Math.abs(z)));
    }

    /**
     * {@code H ← clip(H + M_i·Δ)} (M_i ≡ 1 for unmodulated rules), folded per post neuron into
     * {@code H ← clip(p_i H + q_i x_j + r_i)} with p_i = 1 − M_i b_i, q_i = M_i a_i, r_i = M_i c_i, so the
     * inner loop is one multiply-add chain per synapse. The clip is written with Math.min/max, which C2
     * vectorises and which gives the same bits as the compare form for every finite or infinite value.
     */
    private static void direct(PlasticState s, PlasticityConfig cfg, double[] x, int nPre, int nPost) {
        double[] a = s.a, b = s.b, c = s.c, m = s.m;
        double clip = cfg.clip();
        boolean skipZeroRows = true;
        for (int i = 0; i < nPost; i++) {
            double mi = m[i];
            double bi = b[i], ci = c[i];
            a[i] = mi * a[i];
            b[i] = 1 - mi * bi;
            c[i] = mi * ci;
            if (b[i] != 1 || c[i] != 0) skipZeroRows = false;
        }
        double lo = -clip;
        if (skipZeroRows) {
            deferOneSided(s, cfg, x, nPost);
            return;
        }
        for (int j = 0; j < nPre; j++) {
            double xj = cfg.preFactor(x[j]);
            double[] h = s.hRows[j];
            for (int i = 0; i < nPost; i++) h[i] = Math.max(lo, Math.min(clip, b[i] * h[i] + a[i] * xj + c[i]));
        }
    }

    /**
     * Records the one-sided update: signs σ of q_i for x_j &gt; 0 (up) and x_j &lt; 0 (down), max |q_i| and a copy
     * of the pre factors x_j ({@link PlasticityConfig#preFactor}: 0 below the trace floor, so the row is skipped).
     */
    private static void deferOneSided(PlasticState s, PlasticityConfig cfg, double[] x, int nPost) {
        double[] q = s.a, up = s.signUp, down = s.signDown;
        s.pendingQMax = maxAbs(q, nPost);
        for (int i = 0; i < nPost; i++) {
            // σ = +1 for q ≥ 0 (either sign of zero), −1 for q < 0, written with min/max so C2 vectorises it:
            // −q·2^1000·2^1000 is −∞ or a huge negative for q > 0, ±0 for q = ±0, huge or +∞ for q < 0
            double sign = 1 - 2 * Math.min(1.0, Math.max(0.0, -q[i] * HUGE * HUGE));
            up[i] = sign;
            down[i] = -sign;
        }
        double[] pendingX = s.pendingX;
        for (int j = 0; j < pendingX.length; j++) pendingX[j] = cfg.preFactor(x[j]);
        s.pending = true;
    }

    /**
     * {@code max_i |v_i|} over {@code v[0..n)} (NaN if any v_i is NaN), with four running maxima so the
     * compare chain is not one long dependency.
     */
    static double maxAbs(double[] v, int n) {
        double m0 = 0, m1 = 0, m2 = 0, m3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            m0 = Math.max(m0, Math.abs(v[i]));
            m1 = Math.max(m1, Math.abs(v[i + 1]));
            m2 = Math.max(m2, Math.abs(v[i + 2]));
            m3 = Math.max(m3, Math.abs(v[i + 3]));
        }
        for (; i < n; i++) m0 = Math.max(m0, Math.abs(v[i]));
        return Math.max(Math.max(m0, m1), Math.max(m2, m3));
    }

    /** {@code H ← clip(H + M_i·E)}, then {@code E ← (1−η_E)E + η_E Δ(H)}. */
    private static void retroactive(PlasticState s, PlasticityConfig cfg, double[] x, int nPre, int nPost, double etaE) {
        double[] a = s.a, b = s.b, c = s.c, m = s.m;
        double clip = cfg.clip(), keep = 1 - etaE, lo = -clip;
        for (int j = 0; j < nPre; j++) {
            double xj = cfg.preFactor(x[j]);
            double[] h = s.hRows[j], e = s.eRows[j];
            for (int i = 0; i < nPost; i++) {
                double v = Math.max(lo, Math.min(clip, h[i] + m[i] * e[i]));
                h[i] = v;
                e[i] = keep * e[i] + etaE * (a[i] * xj + c[i] - b[i] * v);
            }
        }
    }
}
